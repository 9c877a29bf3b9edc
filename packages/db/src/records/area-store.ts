/** Cooperation areas. */
import { TiesError, ZArea } from "@ties/domain";
import { json, type RecordStore, stateOf, type Tx } from "./record-store";

const parentError = (message: string) => new TiesError("VALIDATION", message, { fields: { parentSlug: [message] } });

/** A parent must exist, and walking up from it must never reach the area itself (no cycles). */
async function checkParent(tx: Tx, slug: string, parentSlug: string | null) {
  const seen = new Set<string>();
  for (let at = parentSlug; at !== null; ) {
    if (at === slug) throw parentError("An area cannot sit under itself or under an area below it");
    if (seen.has(at)) return;
    seen.add(at);
    const parent = await tx.area.findUnique({ where: { slug: at }, select: { parentSlug: true } });
    if (!parent) throw parentError(`No area with the slug ${at}`);
    at = parent.parentSlug;
  }
}

export const areaStore: RecordStore<typeof ZArea> = {
  kind: "area",
  schema: ZArea,
  table: "Area",
  hasState: true,
  async write(tx, id, a, meta) {
    await checkParent(tx, a.slug, a.parentSlug);
    const data = { slug: a.slug, name: json(a.name), parentSlug: a.parentSlug, state: meta.state, version: meta.version };
    if (meta.create) await tx.area.create({ data: { id, ...data } });
    else await tx.area.update({ where: { id }, data });
  },
  async read(tx, id) {
    const r = await tx.area.findUnique({ where: { id } });
    if (!r) return null;
    return { input: ZArea.parse({ slug: r.slug, name: r.name, parentSlug: r.parentSlug }), state: stateOf(r.state), version: r.version };
  },
  label: (a) => a.name.en,
};
