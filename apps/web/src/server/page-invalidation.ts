/**
 * Drops kept pages when the record changes, whichever process changed it: the web server listens
 * for PostgreSQL's notifications (one connection per process, see `@ties/db`'s record changes)
 * and hands the tags a change touches to its own `/api/page-cache` route, because Next.js expires
 * tags only from inside a request. The route accepts only this process's secret. The whole answers
 * the server keeps in front of Next.js (`@ties/api/kept-responses`) are dropped with them.
 */
import "server-only";
import { randomBytes, timingSafeEqual } from "node:crypto";
import { dropKeptResponses, requestsInFlightEnded } from "@ties/api/kept-responses";
import { processRecordChanges } from "@ties/db";
import { env } from "./env";
import { EVERY_PAGE, tagsForChange } from "./page-cache";

const SECRET = Symbol.for("ties.page-cache.secret");
type WithSecret = typeof globalThis & { [SECRET]?: string };

/** True when `given` is this process's secret. */
export function isPageCacheSecret(given: string | null): boolean {
  const secret = (globalThis as WithSecret)[SECRET];
  if (!secret || !given) return false;
  const a = Buffer.from(secret);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function startPageInvalidation(port: number): void {
  const g = globalThis as WithSecret;
  if (g[SECRET]) return;
  const secret = randomBytes(32).toString("hex");
  g[SECRET] = secret;
  const pending = new Set<string>();
  let sending = false;

  /** Hands `tags` to the route that expires them; false if it never answered. */
  async function expire(tags: string[]): Promise<boolean> {
    for (let attempt = 0; ; attempt++) {
      const res = await fetch(`http://127.0.0.1:${port}/api/page-cache`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-page-cache-secret": secret },
        body: JSON.stringify({ tags }),
      }).catch(() => null);
      if (res?.ok) {
        // Again once the framework has dropped its pages: nothing rendered before then is kept.
        dropKeptResponses();
        return true;
      }
      // Not listening yet (a notification at start-up, when nothing is kept): try again briefly.
      if (attempt >= 20) return false;
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  async function flush() {
    if (sending || pending.size === 0) return;
    sending = true;
    const tags = [...pending];
    pending.clear();
    try {
      // A page that was rendering from the record as it was, and is stored after this expiry, is
      // kept as fresh: the same tags are expired once more when the requests in flight have ended.
      if (await expire(tags)) void requestsInFlightEnded().then((any) => any && expire(tags));
    } finally {
      sending = false;
      if (pending.size > 0) void flush();
    }
  }

  processRecordChanges(env().DATABASE_URL).subscribe((change) => {
    // Whole answers kept in front of Next.js know no tags: any change drops them all.
    dropKeptResponses();
    for (const tag of change === "everything" ? [EVERY_PAGE] : tagsForChange(change.kind, change.ids)) pending.add(tag);
    void flush();
  });
}
