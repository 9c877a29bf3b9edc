/** Agreements and their milestone timeline; the stored status is derived, for filtering only. */
import { checkMilestones, deriveAgreementStatus, periodStart, TiesError, ZAgreementInput } from "@ties/domain";
import { dayDate, json, joinSearch, type RecordStore, stateOf } from "./record-store";

export const agreementStore: RecordStore<typeof ZAgreementInput> = {
  kind: "agreement",
  schema: ZAgreementInput,
  table: "Agreement",
  hasState: true,
  async write(tx, id, a, meta) {
    const violations = checkMilestones(a.milestones, a.kind);
    if (violations.length) {
      throw new TiesError("VALIDATION", violations[0]!.message, {
        fields: Object.fromEntries(violations.map((v) => [`milestones.${v.index}.kind`, [v.message]])),
      });
    }
    const data = {
      slug: a.slug,
      name: json(a.name),
      nameEn: a.name.en,
      shortName: a.shortName ?? null,
      kind: a.kind,
      parties: a.parties,
      areaSlugs: a.areaSlugs,
      summary: a.summary ? json(a.summary) : undefined,
      variants: a.variants,
      status: deriveAgreementStatus(a.milestones),
      state: meta.state,
      version: meta.version,
      searchText: joinSearch(a.name.en, a.name.fr, a.name.ko, a.shortName, a.variants, a.summary?.en),
    };
    if (meta.create) await tx.agreement.create({ data: { id, ...data } });
    else {
      await tx.agreement.update({ where: { id }, data });
      await tx.milestone.deleteMany({ where: { agreementId: id } });
    }
    if (a.milestones.length)
      await tx.milestone.createMany({
        data: a.milestones.map((m, position) => ({
          agreementId: id,
          position,
          kind: m.kind,
          date: m.date,
          dateFirst: dayDate(periodStart(m.date))!,
          party: m.party,
          eventId: m.eventId,
          note: m.note ?? null,
          exceptionReason: m.exceptionReason ?? null,
        })),
      });
  },
  async read(tx, id) {
    const r = await tx.agreement.findUnique({ where: { id }, include: { milestones: { orderBy: { position: "asc" } } } });
    if (!r) return null;
    const input = ZAgreementInput.parse({
      slug: r.slug,
      name: r.name,
      shortName: r.shortName ?? undefined,
      kind: r.kind,
      parties: r.parties,
      areaSlugs: r.areaSlugs,
      summary: r.summary ?? undefined,
      variants: r.variants,
      milestones: r.milestones.map((m) => ({
        kind: m.kind,
        date: m.date,
        party: m.party,
        eventId: m.eventId,
        note: m.note ?? undefined,
        exceptionReason: m.exceptionReason ?? undefined,
      })),
    });
    return { input, state: stateOf(r.state), version: r.version };
  },
  label: (a) => a.shortName ?? a.name.en,
};
