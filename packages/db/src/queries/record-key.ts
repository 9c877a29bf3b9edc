/** The one way a read names a record given by id or by slug. */
import { Prisma } from "../generated/prisma/client";

/** Tables whose records a reader may name by id or by slug. */
export type KeyedTable = "Event" | "Agreement" | "Person" | "Organization";

/**
 * The id of the record named `idOrSlug` (an id first, then a slug), as a scalar subquery: two
 * probes of unique indexes, so a statement can name the record itself and need not wait for
 * another to resolve the slug.
 */
export const recordIdSql = (table: KeyedTable, idOrSlug: string): Prisma.Sql =>
  Prisma.sql`(SELECT x.id FROM ${Prisma.raw(`"${table}"`)} x WHERE x.id = ${idOrSlug}
    UNION ALL SELECT x.id FROM ${Prisma.raw(`"${table}"`)} x WHERE x.slug = ${idOrSlug} LIMIT 1)`;
