/**
 * Which records a deployment shows: those whose parties are one of the tracked pairs (and, with a
 * `pair` filter, that pair). Records with no parties recorded are not attributable to any other
 * pair and stay visible.
 */
import { type TrackedPair, ZPairFilter } from "@ties/domain";
import { Prisma } from "../generated/prisma/client";

export interface PairScope {
  /** The tracked pairs; undefined shows every record (curation lists). */
  pairs?: readonly TrackedPair[];
  /** A pair to narrow to, e.g. "US-GR". */
  pair?: string | null;
}

function pairCondition(column: Prisma.Sql, [a, b]: readonly [string, string]): Prisma.Sql {
  if (b === "*") return Prisma.sql`(${column} @> ARRAY[${a}]::text[] AND cardinality(${column}) > 1)`;
  return Prisma.sql`${column} @> ARRAY[${a}, ${b}]::text[]`;
}

/** The SQL condition on a `parties` column for a scope, or null when nothing is filtered. */
export function pairScopeSql(column: Prisma.Sql, scope: PairScope): Prisma.Sql | null {
  const conds: Prisma.Sql[] = [];
  if (scope.pairs?.length) {
    const tracked = Prisma.join(
      scope.pairs.map((p) => pairCondition(column, p)),
      " OR ",
    );
    conds.push(Prisma.sql`(cardinality(${column}) = 0 OR ${tracked})`);
  }
  if (scope.pair) conds.push(pairCondition(column, ZPairFilter.parse(scope.pair)));
  return conds.length ? Prisma.join(conds, " AND ") : null;
}

/** The same scope as a Prisma filter on a `parties` list. */
export function pairScopeWhere(scope: PairScope): { AND: object[] } {
  const and: object[] = [];
  if (scope.pairs?.length) {
    and.push({
      OR: [
        { parties: { isEmpty: true } },
        ...scope.pairs.map(([a, b]) =>
          b === "*" ? { AND: [{ parties: { has: a } }, { NOT: { parties: { equals: [a] } } }] } : { parties: { hasEvery: [a, b] } },
        ),
      ],
    });
  }
  if (scope.pair) and.push({ parties: { hasEvery: ZPairFilter.parse(scope.pair) } });
  return { AND: and };
}
