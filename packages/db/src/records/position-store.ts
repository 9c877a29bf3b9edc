/** Positions: a person's role at an organisation over a period. Visibility follows the person. */
import { type PositionInput, type PublicationState, periodEnd, periodStart, ZPositionInput } from "@ties/domain";
import { dayDate, json, type RecordStore } from "./record-store";

/** The position's row; the bulk writer creates many at once. */
export function positionRow(p: PositionInput, meta: { state: PublicationState; version: number }) {
  return {
    personId: p.personId,
    organizationId: p.organizationId,
    role: p.role,
    title: json(p.title),
    titleVariants: p.titleVariants,
    start: p.start,
    end: p.end,
    startDay: dayDate(p.start ? periodStart(p.start) : null),
    endDay: dayDate(p.end ? periodEnd(p.end) : null),
    note: p.note ?? null,
    version: meta.version,
  };
}

export const positionStore: RecordStore<typeof ZPositionInput> = {
  kind: "position",
  schema: ZPositionInput,
  table: "Position",
  hasState: false,
  async write(tx, id, p, meta) {
    const data = positionRow(p, meta);
    if (meta.create) await tx.position.create({ data: { id, ...data } });
    else await tx.position.update({ where: { id }, data });
  },
  async read(tx, id) {
    const r = await tx.position.findUnique({ where: { id }, include: { person: { select: { state: true } } } });
    if (!r) return null;
    const input = ZPositionInput.parse({
      personId: r.personId,
      organizationId: r.organizationId,
      role: r.role,
      title: r.title,
      titleVariants: r.titleVariants,
      start: r.start,
      end: r.end,
      note: r.note ?? undefined,
    });
    return { input, state: r.person.state === "published" ? "published" : "draft", version: r.version };
  },
  label: (p) => `${p.title.en} (${p.personId})`,
};
