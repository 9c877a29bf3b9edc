/** Citations: a quoted span of a source supporting a record or one of its fields. */
import { type CitationInput, TiesError, ZCitationInput } from "@ties/domain";
import type { RecordStore } from "./record-store";

/** A citation's columns at a version: what both the audited write and bulk imports store. */
export function citationRow(c: CitationInput, version: number) {
  return {
    sourceId: c.sourceId,
    targetKind: c.target.kind,
    targetId: c.target.id,
    field: c.target.field,
    quote: c.quote,
    start: c.start,
    end: c.end,
    version,
  };
}

export const citationStore: RecordStore<typeof ZCitationInput> = {
  kind: "citation",
  schema: ZCitationInput,
  table: "Citation",
  hasState: false,
  async write(tx, id, c, meta) {
    const source = await tx.source.findUnique({ where: { id: c.sourceId }, select: { text: true } });
    if (!source) throw new TiesError("VALIDATION", `Unknown source ${c.sourceId}`, { fields: { sourceId: ["Unknown source"] } });
    // With the text at hand, the quote must be exactly the cited span.
    if (source.text && source.text.slice(c.start, c.end) !== c.quote) {
      throw new TiesError("VALIDATION", "The quote does not match the source text at the given offsets", {
        fields: { quote: ["Does not match the source text at start..end"] },
      });
    }
    const data = citationRow(c, meta.version);
    if (meta.create) await tx.citation.create({ data: { id, ...data } });
    else await tx.citation.update({ where: { id }, data });
  },
  async read(tx, id) {
    const r = await tx.citation.findUnique({ where: { id } });
    if (!r) return null;
    const input = ZCitationInput.parse({
      sourceId: r.sourceId,
      target: { kind: r.targetKind, id: r.targetId, field: r.field },
      quote: r.quote,
      start: r.start,
      end: r.end,
    });
    return { input, state: "published", version: r.version };
  },
  label: (c) => `“${c.quote.slice(0, 60)}”`,
};
