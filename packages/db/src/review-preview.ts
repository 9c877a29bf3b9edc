/**
 * What an editor reads before publishing a record, and what its curator reads after it was sent
 * back: the record as the public will render it, the changes since the version the public reads
 * now, and the latest send-back comment (kept in the audit entry of the reject step).
 */
import {
  diffSnapshots,
  type ReviewableKind,
  type ReviewPreview,
  type SendBack,
  TiesError,
  ZPublicationState,
  ZReviewPreview,
} from "@ties/domain";
import { z } from "zod";
import type { Db } from "./client";
import { citationsFor, getEvent } from "./queries/events";
import { storeFor } from "./records";

const ZSnapshot = z.object({ input: z.record(z.string(), z.unknown()), state: ZPublicationState });
const ZRejectDetails = z.object({ version: z.number().int().positive(), reason: z.string() });

/** The latest comment an editor sent the record back with, or null if it was never sent back. */
export async function lastSendBack(db: Db, kind: ReviewableKind, id: string): Promise<SendBack | null> {
  const entry = await db.auditEntry.findFirst({
    where: { recordKind: kind, recordId: id, action: "reject" },
    orderBy: { at: "desc" },
    select: { actorId: true, details: true, at: true },
  });
  const details = ZRejectDetails.safeParse(entry?.details);
  if (!entry || !details.success) return null;
  const by = entry.actorId ? await db.user.findUnique({ where: { id: entry.actorId }, select: { name: true } }) : null;
  return { version: details.data.version, reason: details.data.reason, byName: by?.name ?? null, at: entry.at.toISOString() };
}

export async function reviewPreview(db: Db, kind: ReviewableKind, id: string): Promise<ReviewPreview> {
  const store = storeFor(kind);
  const current = store ? await store.read(db, id) : null;
  if (!current) throw new TiesError("NOT_FOUND", `No ${kind} with id ${id}`);
  // Snapshots are small; the newest published one is the version the public reads today.
  const revisions = await db.revision.findMany({
    where: { recordKind: kind, recordId: id },
    orderBy: { version: "desc" },
    select: { version: true, snapshot: true },
  });
  const published = revisions
    .map((r) => ({ version: r.version, snap: ZSnapshot.safeParse(r.snapshot).data }))
    .find((r) => r.snap?.state === "published" && r.version < current.version);
  const data = ZSnapshot.shape.input.parse(current.input);
  const [event, citations, sentBack] = await Promise.all([
    kind === "event" ? getEvent(db, id, { publicOnly: false }) : null,
    citationsFor(db, kind, id, { publishedSourcesOnly: false }),
    lastSendBack(db, kind, id),
  ]);
  return ZReviewPreview.parse({
    kind,
    id,
    state: current.state,
    version: current.version,
    data,
    event: event ? { ...event, citations } : null,
    citations,
    publishedVersion: published?.version ?? null,
    changes: diffSnapshots(published?.snap?.input ?? {}, data),
    sentBack,
  });
}
