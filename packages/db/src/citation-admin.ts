/**
 * Citations on a record for curators: reading all of them (drafted sources too) and removing one
 * through the audited write path (the row locked, its version checked, a last revision and a
 * "delete" audit entry written in the same transaction).
 */
import type { AdminCitation, RecordKind } from "@ties/domain";
import { ZAdminCitation } from "@ties/domain";
import type { Db } from "./client";
import { type Actor, bumpVersion, inTransaction, lockRows, recordRevision } from "./curation";
import type { Prisma } from "./generated/prisma/client";
import { citationStore } from "./records";

const adminCitationSelect = {
  id: true,
  version: true,
  field: true,
  quote: true,
  start: true,
  end: true,
  source: { select: { id: true, title: true, state: true, grade: true } },
} satisfies Prisma.CitationSelect;

export async function adminCitationsOf(db: Db, kind: RecordKind, id: string): Promise<AdminCitation[]> {
  const rows = await db.citation.findMany({
    where: { targetKind: kind, targetId: id },
    orderBy: [{ field: "asc" }, { id: "asc" }],
    select: adminCitationSelect,
  });
  return rows.map((c) =>
    ZAdminCitation.parse({
      id: c.id,
      version: c.version,
      sourceId: c.source.id,
      sourceTitle: c.source.title,
      sourceState: c.source.state,
      grade: c.source.grade,
      field: c.field,
      quote: c.quote,
      start: c.start,
      end: c.end,
    }),
  );
}

/** Removes a citation saved at `baseVersion`; a stale page gets the usual CONFLICT. */
export async function removeCitation(
  db: Db,
  id: string,
  opts: { actor: Actor; baseVersion: number; reason?: string },
): Promise<{ id: string; version: number; state: "archived" }> {
  return inTransaction(db, async (tx) => {
    await lockRows(tx, citationStore, [id]);
    const current = await citationStore.read(tx, id);
    const version = await bumpVersion(tx, citationStore, id, opts.baseVersion);
    await recordRevision(
      tx,
      "citation",
      id,
      version,
      { input: current?.input ?? null, state: "archived" },
      opts.actor,
      "delete",
      opts.reason ?? "Citation removed",
    );
    await tx.citation.delete({ where: { id } });
    return { id, version, state: "archived" as const };
  });
}
