/**
 * Reading commitments. The status is computed for a given day with `computeCommitmentStatus`;
 * since it is never stored, a status filter scans keyset-ordered rows and keeps the matches.
 */
import {
  type CommitmentDetail,
  type CommitmentListInput,
  type CommitmentSummary,
  computeCommitmentStatus,
  type Day,
  type PublicationState,
  todayUtc,
  ZCommitmentDetail,
  ZCommitmentEvidence,
  ZCommitmentSummary,
} from "@ties/domain";
import { z } from "zod";
import type { Db } from "../client";
import { wordsOf } from "./search-filter";
import type { Prisma } from "../generated/prisma/client";
import { decodeDateCursor, encodeCursor } from "./cursor";
import { citationsFor } from "./events";

const ZEvidenceList = z.array(ZCommitmentEvidence);

export const commitmentSummarySelect = {
  id: true,
  slug: true,
  text: true,
  parties: true,
  due: true,
  dueLast: true,
  dueText: true,
  areaSlugs: true,
  evidence: true,
  state: true,
} satisfies Prisma.CommitmentSelect;

type SummaryRow = Prisma.CommitmentGetPayload<{ select: typeof commitmentSummarySelect }>;

export function toCommitmentSummary(r: SummaryRow, today: Day): CommitmentSummary {
  const status = computeCommitmentStatus({ due: r.due, evidence: ZEvidenceList.parse(r.evidence) }, today);
  return ZCommitmentSummary.parse({
    id: r.id,
    slug: r.slug,
    text: r.text,
    parties: r.parties,
    due: r.due,
    dueText: r.dueText,
    dueBy: status.dueBy,
    areaSlugs: r.areaSlugs,
    status: status.status,
    late: status.late,
    asOf: today,
    state: r.state,
  });
}

const SCAN_CHUNK = 200;

/** Ordered by due date (undated last), then id. */
export async function listCommitments(
  db: Db,
  input: CommitmentListInput,
  opts: { publicOnly: boolean; state?: PublicationState },
): Promise<{ items: CommitmentSummary[]; nextCursor: string | null }> {
  const today = input.today ?? todayUtc();
  const where: Prisma.CommitmentWhereInput[] = [];
  if (opts.publicOnly) where.push({ state: "published" });
  else if (opts.state) where.push({ state: opts.state });
  if (input.area) where.push({ areaSlugs: { has: input.area } });
  const linkedVisible = opts.publicOnly ? { state: "published" } : {};
  if (input.event) where.push({ event: { OR: [{ id: input.event }, { slug: input.event }], ...linkedVisible } });
  if (input.agreement) where.push({ agreement: { OR: [{ id: input.agreement }, { slug: input.agreement }], ...linkedVisible } });
  if (input.dueFrom) where.push({ dueLast: { gte: new Date(`${input.dueFrom}T00:00:00Z`) } });
  if (input.dueTo) where.push({ dueLast: { lte: new Date(`${input.dueTo}T00:00:00Z`) } });
  for (const word of wordsOf(input.q)) where.push({ textEn: { contains: word, mode: "insensitive" } });

  let after = input.cursor ? decodeDateCursor(input.cursor) : null;
  const items: CommitmentSummary[] = [];
  let lastKept: SummaryRow | null = null;
  let more = false;
  // Without a status filter one fetch of limit + 1 decides; with one, scan until the page is full.
  const chunk = input.status ? SCAN_CHUNK : input.limit + 1;
  for (;;) {
    const rows = await db.commitment.findMany({
      where: { AND: [...where, ...(after ? [afterKey(after)] : [])] },
      orderBy: [{ dueLast: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      take: chunk,
      select: commitmentSummarySelect,
    });
    for (const r of rows) {
      const view = toCommitmentSummary(r, today);
      if (input.status && view.status !== input.status) continue;
      if (items.length === input.limit) {
        more = true;
        break;
      }
      items.push(view);
      lastKept = r;
    }
    if (more || rows.length < chunk) break;
    const last = rows.at(-1)!;
    after = { at: last.dueLast, id: last.id };
  }
  return { items, nextCursor: more && lastKept ? encodeCursor([lastKept.dueLast?.toISOString() ?? null, lastKept.id]) : null };
}

function afterKey(after: { at: Date | null; id: string }): Prisma.CommitmentWhereInput {
  if (after.at === null) return { dueLast: null, id: { gt: after.id } };
  return { OR: [{ dueLast: { gt: after.at } }, { dueLast: after.at, id: { gt: after.id } }, { dueLast: null }] };
}

export async function getCommitment(
  db: Db,
  idOrSlug: string,
  opts: { publicOnly: boolean; today?: Day },
): Promise<CommitmentDetail | null> {
  const today = opts.today ?? todayUtc();
  const r = await db.commitment.findFirst({
    where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }], ...(opts.publicOnly ? { state: "published" } : {}) },
    select: {
      ...commitmentSummarySelect,
      version: true,
      event: { select: { id: true, slug: true, title: true, date: true, state: true } },
      agreement: { select: { id: true, slug: true, name: true, shortName: true, state: true } },
    },
  });
  if (!r) return null;
  const visible = (s: string) => !opts.publicOnly || s === "published";
  const evidence = ZEvidenceList.parse(r.evidence);
  const [events, sources] = await Promise.all([
    db.event.findMany({
      where: { id: { in: evidence.flatMap((e) => (e.eventId ? [e.eventId] : [])) }, ...(opts.publicOnly ? { state: "published" } : {}) },
      select: { id: true, slug: true },
    }),
    db.source.findMany({
      where: { id: { in: evidence.flatMap((e) => (e.sourceId ? [e.sourceId] : [])) }, ...(opts.publicOnly ? { state: "published" } : {}) },
      select: { id: true, slug: true, title: true },
    }),
  ]);
  const eventById = new Map(events.map((e) => [e.id, e]));
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  return ZCommitmentDetail.parse({
    ...toCommitmentSummary(r, today),
    version: r.version,
    event: r.event && visible(r.event.state) ? { id: r.event.id, slug: r.event.slug, title: r.event.title, date: r.event.date } : null,
    agreement:
      r.agreement && visible(r.agreement.state)
        ? { id: r.agreement.id, slug: r.agreement.slug, name: r.agreement.name, shortName: r.agreement.shortName }
        : null,
    evidence: evidence.map((e) => ({
      resolution: e.resolution,
      date: e.date,
      event: (e.eventId && eventById.get(e.eventId)) || null,
      source: (e.sourceId && sourceById.get(e.sourceId)) || null,
      note: e.note ?? null,
    })),
    citations: await citationsFor(db, "commitment", r.id),
  });
}
