/** A source as the curator's reader shows it: text, boilerplate, suggestions and the drafts accepted from it. */
import { type SourceWorkbench, TiesError } from "@ties/domain";
import type { Db } from "../client";
import { type Actor, changeState, inTransaction } from "../curation";
import { type RecordStore, STORES } from "../records";
import { listSuggestions, readBoilerplate } from "./suggestion-rows";

async function draftsOf(db: Db, sourceId: string) {
  const rows = await db.suggestion.findMany({
    where: { sourceId, status: "accepted", created: true, recordId: { not: null } },
    select: { recordKind: true, recordId: true },
    orderBy: { start: "asc" },
  });
  const seen = new Set<string>();
  const out: SourceWorkbench["drafts"] = [];
  for (const r of rows) {
    const key = `${r.recordKind}:${r.recordId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const store = STORES[r.recordKind as keyof typeof STORES] as RecordStore | undefined;
    const current = store ? await store.read(db, r.recordId!) : null;
    if (store && current)
      out.push({ kind: store.kind, id: r.recordId!, label: store.label(current.input), state: current.state, version: current.version });
  }
  return out;
}

/** The source reader of one source, found by its id or its slug. */
export async function readWorkbench(db: Db, idOrSlug: string): Promise<SourceWorkbench> {
  const s = await db.source.findFirst({
    where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }] },
    select: {
      id: true,
      slug: true,
      title: true,
      text: true,
      language: true,
      publishedAt: true,
      state: true,
      version: true,
      boilerplate: true,
    },
  });
  if (!s) throw new TiesError("NOT_FOUND", `No source with id or slug ${idOrSlug}`);
  const id = s.id;
  const [suggestions, drafts] = await Promise.all([listSuggestions(db, { sourceId: id }), draftsOf(db, id)]);
  return { ...s, boilerplate: readBoilerplate(s.boilerplate), suggestions, drafts };
}

/** Submits the source and every draft accepted from it for review, in one transaction. */
export async function submitSourceDrafts(db: Db, id: string, actor: Actor): Promise<{ submitted: number }> {
  return inTransaction(db, async (tx) => {
    const drafts = (await draftsOf(db, id)).filter((d) => d.state === "draft");
    const source = await tx.source.findUnique({ where: { id }, select: { state: true, version: true } });
    if (!source) throw new TiesError("NOT_FOUND", `No source with id ${id}`);
    const all = [...(source.state === "draft" ? [{ kind: "source" as const, id, version: source.version }] : []), ...drafts];
    if (all.length === 0) throw new TiesError("RULE", "Nothing from this source is waiting to be submitted");
    for (const r of all)
      await changeState(db, r.kind, r.id, "submit", { actor, baseVersion: r.version, reason: "Submitted from the source reader", tx });
    return { submitted: all.length };
  });
}
