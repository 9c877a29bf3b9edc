/**
 * Form drafts kept in the browser until they are saved, so that nothing typed is lost to a reload,
 * a closed tab or a refused save. Each draft is keyed by record and by the revision the form was
 * opened on, and keeps that revision's content beside the curator's values: a draft made on an
 * older revision than the record has now is a conflict to resolve, not a form to refill.
 */
import { z } from "zod";

const PREFIX = "ties:record-draft";
const ZStoredDraft = z.object({
  baseVersion: z.number().int().positive(),
  base: z.record(z.string(), z.unknown()),
  values: z.record(z.string(), z.unknown()),
  savedAt: z.string(),
});
export type StoredDraft = z.infer<typeof ZStoredDraft>;

const keyOf = (kind: string, id: string, version: number) => `${PREFIX}:${kind}:${id}:${version}`;

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}

export function keepDraft(kind: string, id: string, draft: Omit<StoredDraft, "savedAt">): void {
  try {
    storage()?.setItem(keyOf(kind, id, draft.baseVersion), JSON.stringify({ ...draft, savedAt: new Date().toISOString() }));
  } catch {
    // A full or disabled storage leaves the form working, only without its safety copy.
  }
}

export function dropDraft(kind: string, id: string, version: number): void {
  storage()?.removeItem(keyOf(kind, id, version));
}

/** Every draft of this record at or below `upTo`, newest base first; unreadable ones are dropped. */
export function draftsOf(kind: string, id: string, upTo: number): StoredDraft[] {
  const s = storage();
  if (!s) return [];
  const prefix = `${PREFIX}:${kind}:${id}:`;
  const found: StoredDraft[] = [];
  for (let i = 0; i < s.length; i++) {
    const key = s.key(i);
    if (!key?.startsWith(prefix)) continue;
    try {
      const d = ZStoredDraft.parse(JSON.parse(s.getItem(key) ?? ""));
      if (d.baseVersion <= upTo) found.push(d);
    } catch {
      s.removeItem(key);
    }
  }
  return found.sort((a, b) => b.baseVersion - a.baseVersion);
}

/** Drops every draft of the record up to a version: after a save, they are all in the record. */
export function dropDraftsUpTo(kind: string, id: string, upTo: number): void {
  for (const d of draftsOf(kind, id, upTo)) dropDraft(kind, id, d.baseVersion);
}
