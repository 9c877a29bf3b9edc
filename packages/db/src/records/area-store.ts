/** Cooperation areas. */
import { ZArea } from "@ties/domain";
import { json, type RecordStore, stateOf } from "./record-store";

export const areaStore: RecordStore<typeof ZArea> = {
  kind: "area",
  schema: ZArea,
  table: "Area",
  hasState: true,
  async write(tx, id, a, meta) {
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
