/** Reading agreements: lists, and the detail with its status timeline derived from the milestones. */
import {
  DETAIL_EVENTS_SHOWN,
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
import { type Db, PLANNED_ONCE, readRows } from "../client";
import { Prisma } from "../generated/prisma/client";
import { afterKey, pageOf } from "./cursor";
import { toCommitmentSummary } from "./commitments";
import { citationsJson } from "./events";
import { type PairScope, pairScopeSql, pairScopeWhere } from "./pair-scope";
import { recordIdSql } from "./record-key";
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

/**
 * The agreements acted on at an organisation's events (signed, negotiated, reviewed...), by name.
 * The public's come from the counts the database keeps of published events by organisation and
 * agreement ("EventFacet", menu `agreement@<organisation id>`, see the
 * event_facet_organization_agreements migration), read in the order of their key whatever the
 * organisation's number of events. A curator's view counts drafts too, so it checks each
 * agreement's links against the organisation.
 */
export async function agreementsActedOnAt(db: Db, organization: string, opts: { publicOnly: boolean }): Promise<AgreementSummary[]> {
  const organizationId = recordIdSql("Organization", organization);
  const actedOn = opts.publicOnly
    ? Prisma.sql`a.state = 'published' AND a.id IN (
        SELECT f.value FROM "EventFacet" f WHERE f.menu = 'agreement@' || ${organizationId} GROUP BY f.value HAVING sum(f.events) > 0)`
    : Prisma.sql`EXISTS (
        SELECT 1 FROM "EventAgreement" ea JOIN "EventOrganization" eo ON eo."eventId" = ea."eventId"
         WHERE ea."agreementId" = a.id AND eo."organizationId" = ${organizationId})`;
  const rows = await readRows<SummaryRow[]>(
    db,
    Prisma.sql`${Prisma.raw(opts.publicOnly ? PLANNED_ONCE : "")}
    SELECT a.id, a.slug, a.name, a."nameEn", a."shortName", a.kind, a.parties, a."areaSlugs", a.state,
      coalesce((SELECT jsonb_agg(jsonb_build_object('kind', m.kind, 'date', m.date)) FROM "Milestone" m WHERE m."agreementId" = a.id), '[]') AS milestones
    FROM "Agreement" a
    WHERE ${actedOn}
    ORDER BY a."nameEn", a.id LIMIT 100`,
  );
  return rows.map(toAgreementSummary);
}

interface AgreementDetailRow {
  id: string;
  slug: string;
  name: Prisma.JsonValue;
  nameEn: string;
  shortName: string | null;
  kind: string;
  parties: string[];
  areaSlugs: string[];
  state: string;
  summary: unknown;
  variants: string[];
  version: number;
  milestones: {
    kind: string;
    date: string;
    party: string | null;
    event: { id: string; slug: string; title: unknown } | null;
    note: string | null;
    exceptionReason: string | null;
  }[];
  events: { id: string; slug: string; title: unknown; date: string; action: string }[];
  commitments: CommitmentRow[];
  citations: AgreementDetail["citations"];
}

type CommitmentRow = Parameters<typeof toCommitmentSummary>[0];

/**
 * An agreement with its milestones (and their events), linked events, commitments and citations
 * in one statement, each list a JSON array from a correlated subquery. The latest events are
 * read from the links in the order of their events' first day ("EventAgreement_agreement_latest_idx",
 * which stops at the page's count however many events acted on the agreement), then read.
 */
export async function getAgreement(
  db: Db,
  idOrSlug: string,
  opts: { publicOnly: boolean; today?: Day; pairs?: PairScope["pairs"] },
): Promise<AgreementDetail | null> {
  const published = (alias: string) => (opts.publicOnly ? Prisma.sql` AND ${Prisma.raw(alias)}.state = 'published'` : Prisma.empty);
  const scope = pairScopeSql(Prisma.sql`a.parties`, { pairs: opts.pairs });
  const rows = await readRows<AgreementDetailRow[]>(
    db,
    Prisma.sql`${Prisma.raw(PLANNED_ONCE)}
    SELECT a.id, a.slug, a.name, a."nameEn", a."shortName", a.kind, a.parties, a."areaSlugs", a.state, a.summary, a.variants, a.version,
      coalesce((
        SELECT jsonb_agg(jsonb_build_object('kind', m.kind, 'date', m.date, 'party', m.party, 'note', m.note,
                 'exceptionReason', m."exceptionReason",
                 'event', (SELECT jsonb_build_object('id', me.id, 'slug', me.slug, 'title', me.title) FROM "Event" me
                           WHERE me.id = m."eventId" AND me."mergedIntoId" IS NULL ${published("me")})) ORDER BY m.position)
          FROM "Milestone" m WHERE m."agreementId" = a.id), '[]') AS milestones,
      coalesce((
        SELECT jsonb_agg(jsonb_build_object('id', x.id, 'slug', x.slug, 'title', x.title, 'date', x.date, 'action', x.action)
                 ORDER BY x."dateFirst" DESC, x.id COLLATE "C" DESC, x.action)
          FROM (SELECT e.id, e.slug, e.title, e.date, e."dateFirst", t.action
                  FROM (SELECT ea."eventId", ea.action FROM "EventAgreement" ea JOIN "Event" k ON k.id = ea."eventId"
                         WHERE ea."agreementId" = a.id AND k."mergedIntoId" IS NULL ${published("k")}
                         ORDER BY ea."eventDateFirst" DESC, ea."eventId" COLLATE "C" DESC, ea.action LIMIT ${DETAIL_EVENTS_SHOWN + 1}) t
                  JOIN "Event" e ON e.id = t."eventId") x), '[]') AS events,
      coalesce((
        SELECT jsonb_agg(jsonb_build_object('id', c.id, 'slug', c.slug, 'text', c.text, 'parties', c.parties, 'due', c.due,
                 'dueText', c."dueText", 'areaSlugs', c."areaSlugs", 'evidence', c.evidence, 'state', c.state)
                 ORDER BY c."dueLast" ASC NULLS LAST, c.id)
          FROM "Commitment" c WHERE c."agreementId" = a.id ${published("c")}), '[]') AS commitments,
      ${citationsJson("agreement", Prisma.sql`a.id`)} AS citations
    FROM "Agreement" a
    WHERE a.id = ${recordIdSql("Agreement", idOrSlug)}
      ${published("a")} ${scope ? Prisma.sql` AND ${scope}` : Prisma.empty}`,
  );
  const r = rows[0];
  if (!r) return null;
  const ordered = sortMilestones(r.milestones.map((m) => ({ ...m, kind: ZMilestoneKind.parse(m.kind) })));
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
      event: m.event,
      note: m.note,
      exceptionReason: m.exceptionReason,
      statusAfter: deriveAgreementStatus(ordered.slice(0, i + 1)),
    })),
    events: r.events.slice(0, DETAIL_EVENTS_SHOWN),
    moreEvents: r.events.length > DETAIL_EVENTS_SHOWN,
    commitments: r.commitments.map((c) => toCommitmentSummary(c, today)),
    citations: r.citations,
  });
}
