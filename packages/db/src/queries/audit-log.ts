/** The audit log: every change to every record, newest first, filtered and keyset-paginated. */
import { type AuditEntryView, type AuditListInput, REVIEWABLE_KINDS, ZAuditEntryView } from "@ties/domain";
import type { Db } from "../client";
import type { Prisma } from "../generated/prisma/client";
import { decodeDateCursor, invalidCursor, pageOf } from "./cursor";
import { resolveRefs } from "./record-refs";
import { REVIEW_LABELS } from "./review-queue";

const entrySelect = {
  id: true,
  action: true,
  recordKind: true,
  recordId: true,
  actorId: true,
  details: true,
  at: true,
} satisfies Prisma.AuditEntrySelect;
type EntryRow = Prisma.AuditEntryGetPayload<{ select: typeof entrySelect }>;

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000);

/** The ids a record reference stands for: the id itself, and any record of the kind(s) with that slug. */
async function recordIdsFor(db: Db, ref: string, kind: string | undefined): Promise<string[]> {
  const kinds = kind ? [kind] : [...REVIEWABLE_KINDS];
  const ids = new Set([ref]);
  for (const k of kinds) {
    const table = REVIEW_LABELS[k as keyof typeof REVIEW_LABELS]?.table;
    if (!table) continue;
    const rows = await db.$queryRawUnsafe<{ id: string }[]>(`SELECT id FROM "${table}" WHERE slug = $1`, ref);
    for (const r of rows) ids.add(r.id);
  }
  return [...ids];
}

/** Audit entries as the log shows them: the record's current slug and label, the actor's name, the revision made. */
export async function toAuditViews(db: Db, rows: EntryRow[]): Promise<AuditEntryView[]> {
  const refs = await resolveRefs(
    db,
    rows.map((r) => ({ kind: r.recordKind, id: r.recordId })),
    { publicOnly: false },
  );
  const actorIds = [...new Set(rows.map((r) => r.actorId).filter((a): a is string => !!a))];
  const actors = new Map(
    (await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]),
  );
  return rows.map((r) => {
    const details = (r.details ?? {}) as { version?: unknown; reason?: unknown };
    return ZAuditEntryView.parse({
      id: r.id,
      action: r.action,
      at: r.at.toISOString(),
      actorId: r.actorId,
      actorName: r.actorId ? (actors.get(r.actorId) ?? null) : null,
      record: refs.get(`${r.recordKind}:${r.recordId}`) ?? null,
      recordKind: r.recordKind,
      recordId: r.recordId,
      version: typeof details.version === "number" && details.version > 0 ? details.version : null,
      reason: typeof details.reason === "string" && details.reason ? details.reason : null,
    });
  });
}

export async function listAuditEntries(db: Db, input: AuditListInput): Promise<{ items: AuditEntryView[]; nextCursor: string | null }> {
  const where: Prisma.AuditEntryWhereInput[] = [];
  if (input.actor) where.push({ actorId: input.actor });
  if (input.kind) where.push({ recordKind: input.kind });
  if (input.action) where.push({ action: input.action });
  if (input.record) where.push({ recordId: { in: await recordIdsFor(db, input.record, input.kind) } });
  if (input.from) where.push({ at: { gte: new Date(`${input.from}T00:00:00Z`) } });
  if (input.to) where.push({ at: { lt: nextDay(input.to) } });
  if (input.cursor) {
    const { at, id } = decodeDateCursor(input.cursor);
    if (!at) throw invalidCursor();
    where.push({ OR: [{ at: { lt: at } }, { at, id: { lt: id } }] });
  }
  const rows = await db.auditEntry.findMany({
    where: { AND: where },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    select: entrySelect,
  });
  const page = pageOf(
    rows,
    input.limit,
    (r) => r,
    (r) => [r.at.toISOString(), r.id],
  );
  return { items: await toAuditViews(db, page.items), nextCursor: page.nextCursor };
}

/** The people who appear in the audit log, by name: the log's "user" filter. */
export async function listAuditActors(db: Db): Promise<{ id: string; name: string }[]> {
  return db.$queryRaw<{ id: string; name: string }[]>`
    SELECT u.id, u.name FROM "user" u
     WHERE EXISTS (SELECT 1 FROM "AuditEntry" a WHERE a."actorId" = u.id)
     ORDER BY u.name, u.id`;
}
