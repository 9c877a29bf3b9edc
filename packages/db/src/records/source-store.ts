/** Sources: documents with metadata, full text (curators only) and a reliability grade. */
import { type PublicationState, periodStart, type SourceInput, ZSourceInput } from "@ties/domain";
import { dayDate, joinSearch, type RecordStore, stateOf } from "./record-store";

/** The source's row; the bulk writer creates many at once. */
export function sourceRow(s: SourceInput, meta: { state: PublicationState; version: number }) {
  return {
    slug: s.slug,
    kind: s.kind,
    title: s.title,
    publisherId: s.publisherId,
    publisherName: s.publisherName,
    url: s.url,
    publishedAt: s.publishedAt,
    publishedFirst: dayDate(s.publishedAt ? periodStart(s.publishedAt) : null),
    publishedBasis: s.publishedBasis,
    accessedAt: s.accessedAt,
    language: s.language,
    text: s.text,
    dateOrder: s.dateOrder ?? null,
    grade: s.grade,
    gradeReason: s.gradeReason,
    state: meta.state,
    version: meta.version,
    // Only public metadata is searchable: the full text stays with curators.
    searchText: joinSearch(s.title, s.publisherName),
  };
}

export const sourceStore: RecordStore<typeof ZSourceInput> = {
  kind: "source",
  schema: ZSourceInput,
  table: "Source",
  hasState: true,
  async write(tx, id, s, meta) {
    const data = sourceRow(s, meta);
    if (meta.create) await tx.source.create({ data: { id, ...data } });
    else await tx.source.update({ where: { id }, data });
  },
  async read(tx, id) {
    const r = await tx.source.findUnique({ where: { id } });
    if (!r) return null;
    const input = ZSourceInput.parse({
      slug: r.slug,
      kind: r.kind,
      title: r.title,
      publisherId: r.publisherId,
      publisherName: r.publisherName,
      url: r.url,
      publishedAt: r.publishedAt,
      publishedBasis: r.publishedBasis,
      accessedAt: r.accessedAt,
      language: r.language,
      text: r.text,
      dateOrder: r.dateOrder ?? undefined,
      grade: r.grade,
      gradeReason: r.gradeReason,
    });
    return { input, state: stateOf(r.state), version: r.version };
  },
  label: (s) => s.title,
};
