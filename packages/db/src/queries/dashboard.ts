/**
 * The curator's dashboard: their drafts, the drafts an editor sent back to them with the
 * editor's comment, the review queue's size, the latest sources and the latest activity.
 */
import { type Dashboard, type ReviewItem, type SentBackItem, ZReviewItem, ZSourceSummary } from "@ties/domain";
import type { Db } from "../client";
import { Prisma } from "../generated/prisma/client";
import { listAuditEntries } from "./audit-log";
import { REVIEW_LABELS } from "./review-queue";
import { sourceSummarySelect } from "./sources";

/**
 * The workflow steps that move a record between states. A review's send-back is the "reject"
 * step from in review to draft (the suggestion reader's "reject" on a source is not one: it
 * names a suggestion); its reason is the editor's comment.
 */
const STEPS = ["submit", "reject", "publish", "unpublish", "archive", "unarchive", "restore"];
const HOW_MANY_DRAFTS = 200;

interface DraftRow {
  kind: string;
  id: string;
  slug: string;
  label: string;
  state: string;
  version: number;
  updatedAt: Date;
  step: string | null;
  stepDetails: { to?: unknown; reason?: unknown } | null;
  stepActor: string | null;
  stepAt: Date | null;
}

/** Drafts the user wrote (any audited change by them), newest change first, with the last workflow step each had. */
async function draftsOf(db: Db, userId: string): Promise<DraftRow[]> {
  const parts = Object.entries(REVIEW_LABELS).map(
    ([kind, { table, label }]) => Prisma.sql`
      SELECT ${kind}::text AS kind, t.id, t.slug, ${Prisma.raw(`t.${label}`)} AS label, t.state, t.version, t."updatedAt"
        FROM ${Prisma.raw(`"${table}"`)} t
       WHERE t.state = 'draft'
         AND EXISTS (SELECT 1 FROM "AuditEntry" a WHERE a."recordKind" = ${kind} AND a."recordId" = t.id AND a."actorId" = ${userId})`,
  );
  return db.$queryRaw<DraftRow[]>`
    WITH mine AS (${Prisma.join(parts, " UNION ALL ")} ORDER BY "updatedAt" DESC, id DESC LIMIT ${HOW_MANY_DRAFTS})
    SELECT m.*, s.action AS step, s.details AS "stepDetails", s."actorId" AS "stepActor", s.at AS "stepAt"
      FROM mine m
      LEFT JOIN LATERAL (
        SELECT a.action, a.details, a."actorId", a.at FROM "AuditEntry" a
         WHERE a."recordKind" = m.kind AND a."recordId" = m.id AND a.action IN (${Prisma.join(STEPS)})
           AND NOT (a.details ? 'suggestionId')
         ORDER BY a.at DESC, a.id DESC LIMIT 1
      ) s ON TRUE
     ORDER BY m."updatedAt" DESC, m.id DESC`;
}

const toItem = (r: DraftRow): ReviewItem => ZReviewItem.parse({ ...r, updatedAt: r.updatedAt.toISOString() });

export async function curatorDashboard(db: Db, userId: string, limit: number): Promise<Dashboard> {
  const drafts = await draftsOf(db, userId);
  const isSentBack = (r: DraftRow) => r.step === "reject" && r.stepDetails?.to === "draft";
  const reviewers = new Map(
    (
      await db.user.findMany({
        where: { id: { in: drafts.filter(isSentBack).flatMap((r) => (r.stepActor ? [r.stepActor] : [])) } },
        select: { id: true, name: true },
      })
    ).map((u) => [u.id, u.name]),
  );
  const sentBack: SentBackItem[] = drafts.filter(isSentBack).map((r) => {
    const reason = typeof r.stepDetails?.reason === "string" ? r.stepDetails.reason.trim() : "";
    return {
      ...toItem(r),
      // With no reason given the write path stores the step's name: that is no comment.
      comment: reason && reason !== "reject" ? reason : null,
      sentBackBy: r.stepActor ? (reviewers.get(r.stepActor) ?? null) : null,
      sentBackAt: (r.stepAt ?? r.updatedAt).toISOString(),
    };
  });
  const counts = Object.values(REVIEW_LABELS).map(
    ({ table }) => Prisma.sql`SELECT count(*) AS n FROM ${Prisma.raw(`"${table}"`)} WHERE state = 'in_review'`,
  );
  const [review] = await db.$queryRaw<{ n: bigint }[]>`SELECT sum(n)::bigint AS n FROM (${Prisma.join(counts, " UNION ALL ")}) c`;
  const sources = await db.source.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: sourceSummarySelect,
  });
  return {
    myDrafts: drafts
      .filter((r) => !isSentBack(r))
      .slice(0, limit)
      .map(toItem),
    sentBack: sentBack.slice(0, limit),
    reviewCount: Number(review?.n ?? 0),
    recentSources: sources.map(({ publishedFirst: _, ...s }) => ZSourceSummary.parse(s)),
    recentActivity: (await listAuditEntries(db, { limit })).items,
  };
}
