/** People and their name variants. */
import { type PersonInput, type PublicationState, ZPersonInput } from "@ties/domain";
import { json, joinSearch, type RecordStore, stateOf } from "./record-store";

/** The person's row; the bulk writer creates many at once. */
export function personRow(p: PersonInput, meta: { state: PublicationState; version: number }) {
  return {
    slug: p.slug,
    name: p.name,
    familyName: p.familyName ?? null,
    givenName: p.givenName ?? null,
    countryCode: p.countryCode,
    variants: json(p.variants),
    summary: p.summary ? json(p.summary) : undefined,
    state: meta.state,
    version: meta.version,
    searchText: joinSearch(
      p.name,
      p.variants.map((v) => v.name),
      p.summary?.en,
    ),
  };
}

export const personStore: RecordStore<typeof ZPersonInput> = {
  kind: "person",
  schema: ZPersonInput,
  table: "Person",
  hasState: true,
  async write(tx, id, p, meta) {
    const data = personRow(p, meta);
    if (meta.create) await tx.person.create({ data: { id, ...data } });
    else await tx.person.update({ where: { id }, data });
  },
  async read(tx, id) {
    const r = await tx.person.findUnique({ where: { id } });
    if (!r) return null;
    const input = ZPersonInput.parse({
      slug: r.slug,
      name: r.name,
      familyName: r.familyName ?? undefined,
      givenName: r.givenName ?? undefined,
      countryCode: r.countryCode,
      variants: r.variants,
      summary: r.summary ?? undefined,
    });
    return { input, state: stateOf(r.state), version: r.version };
  },
  label: (p) => p.name,
};
