"use server";
/** The reader's actions: each calls the API as the signed-in curator and says what happened. */
import { type RecordKind, ZRecordKind } from "@ties/domain";
import { z } from "zod";
import { failureOf } from "../../../server/api-errors";
import { serverApi } from "../../../server/services";

export type ReaderResult =
  | { ok: true; message: string; record?: { kind: RecordKind; id: string } }
  | { ok: false; message: string; fields: Record<string, string[]> };

const ZSid = z.string().min(1).max(64);

async function attempt(run: () => Promise<ReaderResult>): Promise<ReaderResult> {
  try {
    return await run();
  } catch (e) {
    const f = failureOf(e);
    return { ok: false, message: f.message, fields: f.fields };
  }
}

export async function acceptSuggestion(
  id: string,
  mode: "new" | "merge" | undefined,
  edits?: Record<string, unknown>,
): Promise<ReaderResult> {
  const { api } = await serverApi();
  return attempt(async () => {
    const r = await api.suggestion.accept({ id: ZSid.parse(id), mode, edits });
    return {
      ok: true,
      message: r.created ? `Accepted: a draft ${r.kind} was created.` : `Accepted: a citation was added to the ${r.kind}.`,
      record: { kind: r.kind, id: r.id },
    };
  });
}

/** Accepts several suggestions one after another (the "accept all people" button); stops at the first refusal. */
export async function acceptMany(ids: string[]): Promise<ReaderResult> {
  const { api } = await serverApi();
  return attempt(async () => {
    for (const id of z.array(ZSid).max(200).parse(ids)) await api.suggestion.accept({ id });
    return { ok: true, message: `Accepted ${ids.length} suggestion${ids.length === 1 ? "" : "s"}.` };
  });
}

export async function rejectSuggestion(id: string, reason: string): Promise<ReaderResult> {
  const { api } = await serverApi();
  return attempt(async () => {
    await api.suggestion.reject({ id: ZSid.parse(id), reason: reason.trim() || undefined });
    return { ok: true, message: "Rejected." };
  });
}

export async function undoSuggestion(id: string): Promise<ReaderResult> {
  const { api } = await serverApi();
  return attempt(async () => {
    await api.suggestion.undo({ id: ZSid.parse(id) });
    return { ok: true, message: "Undone: the suggestion is pending again." };
  });
}

export async function restoreBoilerplate(sourceId: string, start: number): Promise<ReaderResult> {
  const { api } = await serverApi();
  return attempt(async () => {
    await api.source.restoreBoilerplate({ id: ZSid.parse(sourceId), start, restored: true });
    const suggestions = await api.source.reextract({ id: sourceId });
    return { ok: true, message: `Restored; the text was read again (${suggestions.length} suggestions).` };
  });
}

export async function reextract(sourceId: string): Promise<ReaderResult> {
  const { api } = await serverApi();
  return attempt(async () => {
    const suggestions = await api.source.reextract({ id: ZSid.parse(sourceId) });
    return { ok: true, message: `Read again: ${suggestions.length} suggestions.` };
  });
}

export async function submitDrafts(sourceId: string): Promise<ReaderResult> {
  const { api } = await serverApi();
  return attempt(async () => {
    const r = await api.source.submitDrafts({ id: ZSid.parse(sourceId) });
    return { ok: true, message: `Submitted for review: ${r.submitted} record${r.submitted === 1 ? "" : "s"}.` };
  });
}

const ZCite = z.object({
  sourceId: ZSid,
  target: z.object({ kind: ZRecordKind, id: ZSid }),
  quote: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});

/** Attaches the selected words, at their exact offsets, as a citation on one of the source's drafts. */
export async function cite(input: z.input<typeof ZCite>): Promise<ReaderResult> {
  const { api } = await serverApi();
  return attempt(async () => {
    const c = ZCite.parse(input);
    await api.citation.create({
      data: { sourceId: c.sourceId, target: { ...c.target, field: null }, quote: c.quote, start: c.start, end: c.end },
    });
    return { ok: true, message: "Cited.", record: c.target };
  });
}
