/** The ids of a table's rows whose search text matches a free-text query, for list filters. */
import type { Db } from "../client";
import { Prisma } from "../generated/prisma/client";

export type SearchableTable = "Event" | "Agreement" | "Person" | "Organization" | "Source";

export async function idsMatching(db: Db, table: SearchableTable, q: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>(
    Prisma.sql`SELECT id FROM ${Prisma.raw(`"${table}"`)} WHERE ties_search_vector("searchText") @@ ties_search_query(${q})`,
  );
  return rows.map((r) => r.id);
}
