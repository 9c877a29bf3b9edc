/** Claims: statements sources make, with a curator's verdict and the sources for and against. */
import { ZClaimInput } from "@ties/domain";
import { type RecordStore, stateOf } from "./record-store";

export const claimStore: RecordStore<typeof ZClaimInput> = {
  kind: "claim",
  schema: ZClaimInput,
  table: "Claim",
  hasState: true,
  async write(tx, id, c, meta) {
    const data = {
      slug: c.slug,
      sourceId: c.sourceId,
      statement: c.statement,
      quote: c.quote ?? null,
      start: c.start ?? null,
      end: c.end ?? null,
      subjectKind: c.subject?.kind ?? null,
      subjectId: c.subject?.id ?? null,
      subjectField: c.subject?.field ?? null,
      value: c.value ?? null,
      rank: c.rank,
      verdict: c.verdict,
      reasoning: c.reasoning,
      supportingSourceIds: c.supportingSourceIds,
      opposingSourceIds: c.opposingSourceIds,
      state: meta.state,
      version: meta.version,
    };
    if (meta.create) await tx.claim.create({ data: { id, ...data } });
    else await tx.claim.update({ where: { id }, data });
  },
  async read(tx, id) {
    const r = await tx.claim.findUnique({ where: { id } });
    if (!r) return null;
    const input = ZClaimInput.parse({
      slug: r.slug,
      sourceId: r.sourceId,
      statement: r.statement,
      quote: r.quote ?? undefined,
      start: r.start ?? undefined,
      end: r.end ?? undefined,
      subject: r.subjectKind && r.subjectId ? { kind: r.subjectKind, id: r.subjectId, field: r.subjectField } : null,
      value: r.value ?? undefined,
      rank: r.rank,
      verdict: r.verdict,
      reasoning: r.reasoning,
      supportingSourceIds: r.supportingSourceIds,
      opposingSourceIds: r.opposingSourceIds,
    });
    return { input, state: stateOf(r.state), version: r.version };
  },
  label: (c) => c.statement.slice(0, 80),
};
