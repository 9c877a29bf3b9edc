/** Organisations. */
import { type OrganizationInput, type PublicationState, ZOrganizationInput } from "@ties/domain";
import { json, joinSearch, type RecordStore, stateOf } from "./record-store";

/** The organization's row; the bulk writer creates many at once. */
export function organizationRow(o: OrganizationInput, meta: { state: PublicationState; version: number }) {
  return {
    slug: o.slug,
    name: json(o.name),
    nameEn: o.name.en,
    shortName: o.shortName ?? null,
    kind: o.kind,
    countryCode: o.countryCode,
    parentId: o.parentId,
    variants: o.variants,
    url: o.url ?? null,
    state: meta.state,
    version: meta.version,
    searchText: joinSearch(o.name.en, o.name.fr, o.name.ko, o.shortName, o.variants),
  };
}

export const organizationStore: RecordStore<typeof ZOrganizationInput> = {
  kind: "organization",
  schema: ZOrganizationInput,
  table: "Organization",
  hasState: true,
  async write(tx, id, o, meta) {
    const data = organizationRow(o, meta);
    if (meta.create) await tx.organization.create({ data: { id, ...data } });
    else await tx.organization.update({ where: { id }, data });
  },
  async read(tx, id) {
    const r = await tx.organization.findUnique({ where: { id } });
    if (!r) return null;
    const input = ZOrganizationInput.parse({
      slug: r.slug,
      name: r.name,
      shortName: r.shortName ?? undefined,
      kind: r.kind,
      countryCode: r.countryCode,
      parentId: r.parentId,
      variants: r.variants,
      url: r.url ?? undefined,
    });
    return { input, state: stateOf(r.state), version: r.version };
  },
  label: (o) => o.name.en,
};
