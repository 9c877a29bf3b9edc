/** Commitments. Their status is computed when read, never stored. */
import { periodEnd, ZCommitmentInput } from "@ties/domain";
import { dayDate, json, type RecordStore, stateOf } from "./record-store";

export const commitmentStore: RecordStore<typeof ZCommitmentInput> = {
  kind: "commitment",
  schema: ZCommitmentInput,
  table: "Commitment",
  hasState: true,
  async write(tx, id, c, meta) {
    const data = {
      slug: c.slug,
      text: json(c.text),
      textEn: c.text.en,
      eventId: c.eventId,
      parties: c.parties,
      due: c.due,
      dueLast: dayDate(c.due ? periodEnd(c.due) : null),
      dueText: c.dueText ?? null,
      areaSlugs: c.areaSlugs,
      agreementId: c.agreementId,
      evidence: json(c.evidence),
      state: meta.state,
      version: meta.version,
    };
    if (meta.create) await tx.commitment.create({ data: { id, ...data } });
    else await tx.commitment.update({ where: { id }, data });
  },
  async read(tx, id) {
    const r = await tx.commitment.findUnique({ where: { id } });
    if (!r) return null;
    const input = ZCommitmentInput.parse({
      slug: r.slug,
      text: r.text,
      eventId: r.eventId,
      parties: r.parties,
      due: r.due,
      dueText: r.dueText ?? undefined,
      areaSlugs: r.areaSlugs,
      agreementId: r.agreementId,
      evidence: r.evidence,
    });
    return { input, state: stateOf(r.state), version: r.version };
  },
  label: (c) => c.text.en.slice(0, 80),
};
