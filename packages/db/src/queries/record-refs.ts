/**
 * Resolves references to records of any kind (citation targets, claim subjects, audit entries) to
 * a slug and a label, keeping only the ones the reader may see: one statement, whatever the kinds.
 */
import type { RecordKind, RecordRef } from "@ties/domain";
import type { Db } from "../client";
import { Prisma } from "../generated/prisma/client";
import { REVIEW_LABELS } from "./review-queue";

export interface RefKey {
  kind: string;
  id: string;
}

/** A kind's rows as (id, slug, label, visible): the records with a state are visible when published. */
function kindRows(kind: string, ids: readonly string[]): Prisma.Sql | null {
  const wanted = Prisma.sql`ANY(${[...ids]}::text[])`;
  if (kind === "position") {
    // A position is visible when its person is.
    return Prisma.sql`SELECT ${kind}::text AS kind, p.id, NULL::text AS slug,
        pe.name || ', ' || coalesce(p.title->>'en', '') AS label, pe.state = 'published' AS visible
      FROM "Position" p JOIN "Person" pe ON pe.id = p."personId" WHERE p.id = ${wanted}`;
  }
  if (kind === "country") {
    return Prisma.sql`SELECT ${kind}::text AS kind, c.code AS id, NULL::text AS slug, coalesce(c.name->>'en', '') AS label, TRUE AS visible
      FROM "Country" c WHERE c.code = ${wanted}`;
  }
  const labelled = REVIEW_LABELS[kind as keyof typeof REVIEW_LABELS];
  if (!labelled) return null;
  // An agreement is named with its short name beside its full one: "Free Trade Agreement (CKFTA)".
  const label =
    kind === "agreement"
      ? `CASE WHEN coalesce(t."shortName", '') <> '' THEN t."nameEn" || ' (' || t."shortName" || ')' ELSE t."nameEn" END`
      : `coalesce(t.${labelled.label}, '')`;
  return Prisma.sql`SELECT ${kind}::text AS kind, t.id, t.slug, ${Prisma.raw(label)} AS label, t.state = 'published' AS visible
    FROM ${Prisma.raw(`"${labelled.table}"`)} t WHERE t.id = ${wanted}`;
}

/** Resolves references; the map holds `${kind}:${id}` for every visible one. */
export async function resolveRefs(db: Db, refs: readonly RefKey[], opts: { publicOnly: boolean }): Promise<Map<string, RecordRef>> {
  const byKind = new Map<string, Set<string>>();
  for (const r of refs) byKind.set(r.kind, (byKind.get(r.kind) ?? new Set()).add(r.id));
  const parts = [...byKind].flatMap(([kind, ids]) => kindRows(kind, [...ids]) ?? []);
  const out = new Map<string, RecordRef>();
  if (parts.length === 0) return out;
  const rows = await db.$queryRaw<{ kind: RecordKind; id: string; slug: string | null; label: string; visible: boolean }[]>(
    Prisma.join(parts, " UNION ALL "),
  );
  for (const { kind, id, slug, label, visible } of rows) {
    if (opts.publicOnly && !visible) continue;
    out.set(`${kind}:${id}`, { kind, id, slug, label });
  }
  return out;
}
