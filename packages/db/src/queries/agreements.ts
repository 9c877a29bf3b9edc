/** Reading agreements: lists, and the detail with its status timeline derived from the milestones. */
import {
  type AgreementDetail,
  type AgreementListInput,
  type AgreementSummary,
  type Day,
  deriveAgreementStatus,
  type PublicationState,
  sortMilestones,
  todayUtc,
  ZAgreementDetail,
  ZAgreementSummary,
  ZMilestoneKind,
} from "@ties/domain";
import type { Db } from "../client";
import type { Prisma } from "../generated/prisma/client";
import { afterKey, pageOf } from "./cursor";
import { commitmentSummarySelect, toCommitmentSummary } from "./commitments";
import { citationsFor } from "./events";
import { type PairScope, pairScopeWhere } from "./pair-scope";
import { idsMatching } from "./search-filter";

export const agreementSummarySelect = {
  id: true,
  slug: true,
  name: true,
  nameEn: true,
  shortName: true,
  kind: true,
  parties: true,
  areaSlugs: true,
  state: true,
  milestones: { select: { kind: true, date: true } },
} satisfies Prisma.AgreementSelect;

type SummaryRow = Prisma.AgreementGetPayload<{ select: typeof agreementSummarySelect }>;

export function toAgreementSummary(r: SummaryRow): AgreementSummary {
  return ZAgreementSummary.parse({
    id: r.id,
    slug: r.slug,
    name: r.name,
    shortName: r.shortName,
    kind: r.kind,
    parties: r.parties,
    areaSlugs: r.areaSlugs,
    status: deriveAgreementStatus(r.milestones.map((m) => ({ kind: ZMilestoneKind.parse(m.kind), date: m.date }))),
    state: r.state,
  });
}

/** Ordered by English name, then id. */
export async function listAgreements(
  db: Db,
  input: AgreementListInput,
  opts: { publicOnly: boolean; state?: PublicationState; pairs?: PairScope["pairs"] },
): Promise<{ items: AgreementSummary[]; nextCursor: string | null }> {
  const where: Prisma.AgreementWhereInput[] = [pairScopeWhere({ pairs: opts.pairs, pair: input.pair })];
  if (opts.publicOnly) where.push({ state: "published" });
  else if (opts.state) where.push({ state: opts.state });
  if (input.kind) where.push({ kind: input.kind });
  // The stored status column is written from the same derivation, kept for filtering.
  if (input.status) where.push({ status: input.status });
  if (input.area) where.push({ areaSlugs: { has: input.area } });
  if (input.party) where.push({ parties: { has: input.party } });
  if (input.q?.trim()) where.push({ id: { in: await idsMatching(db, "Agreement", input.q) } });
  if (input.cursor) {
    where.push(afterKey(input.cursor, "nameEn"));
  }
  const rows = await db.agreement.findMany({
    where: { AND: where },
    orderBy: [{ nameEn: "asc" }, { id: "asc" }],
    take: input.limit + 1,
    select: agreementSummarySelect,
  });
  return pageOf(rows, input.limit, toAgreementSummary, (r) => [r.nameEn, r.id]);
}

export async function getAgreement(
  db: Db,
  idOrSlug: string,
  opts: { publicOnly: boolean; today?: Day; pairs?: PairScope["pairs"] },
): Promise<AgreementDetail | null> {
  const pub = opts.publicOnly ? { state: "published" } : {};
  const r = await db.agreement.findFirst({
    where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }], ...pub, ...pairScopeWhere({ pairs: opts.pairs }) },
    select: {
      ...agreementSummarySelect,
      summary: true,
      variants: true,
      version: true,
      milestones: {
        orderBy: { position: "asc" },
        select: { kind: true, date: true, party: true, eventId: true, note: true, exceptionReason: true },
      },
      events: {
        where: { event: { ...pub, mergedIntoId: null } },
        select: { action: true, event: { select: { id: true, slug: true, title: true, date: true, dateFirst: true } } },
      },
      commitments: { where: pub, orderBy: [{ dueLast: { sort: "asc", nulls: "last" } }, { id: "asc" }], select: commitmentSummarySelect },
    },
  });
  if (!r) return null;
  const milestoneEvents = await db.event.findMany({
    where: { id: { in: r.milestones.flatMap((m) => (m.eventId ? [m.eventId] : [])) }, ...pub, mergedIntoId: null },
    select: { id: true, slug: true, title: true },
  });
  const eventById = new Map(milestoneEvents.map((e) => [e.id, e]));
  const typed = r.milestones.map((m) => ({ ...m, kind: ZMilestoneKind.parse(m.kind) }));
  const ordered = sortMilestones(typed);
  const today = opts.today ?? todayUtc();
  return ZAgreementDetail.parse({
    ...toAgreementSummary(r),
    summary: r.summary ?? null,
    variants: r.variants,
    version: r.version,
    milestones: ordered.map((m, i) => ({
      kind: m.kind,
      date: m.date,
      party: m.party,
      event: (m.eventId && eventById.get(m.eventId)) || null,
      note: m.note,
      exceptionReason: m.exceptionReason,
      statusAfter: deriveAgreementStatus(ordered.slice(0, i + 1)),
    })),
    events: r.events
      .sort((a, b) => b.event.dateFirst.getTime() - a.event.dateFirst.getTime() || (a.event.id < b.event.id ? 1 : -1))
      .map((l) => ({ id: l.event.id, slug: l.event.slug, title: l.event.title, date: l.event.date, action: l.action })),
    commitments: r.commitments.map((c) => toCommitmentSummary(c, today)),
    citations: await citationsFor(db, "agreement", r.id),
  });
}
