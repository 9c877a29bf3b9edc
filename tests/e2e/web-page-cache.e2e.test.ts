/**
 * Public pages are rendered once and kept, and a change to the record drops exactly the pages
 * that show it: a publish, an edit of a published record and an unpublish show at once, while a
 * page that shows none of it stays kept. Writes go through the same curation functions the admin
 * app's procedures call, in a process of their own, as the admin app is.
 */
import { changeState, createPrismaClient, type Db, updateRecord } from "@ties/db";
import { createCitedEvent } from "@ties/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { e2eApps } from "../support/browser";

const system = { actor: { id: null } };
const SLUG = "page-cache-test-visit";

function event(title: string) {
  return {
    slug: SLUG,
    type: "visit",
    title: { en: title },
    date: "2026-10-20",
    location: { city: "Seoul", countryCode: "KR" },
    parties: ["KR", "CA"],
    summary: { en: `${title}: a record for the page cache test.` },
  };
}

async function get(path: string) {
  const res = await fetch(`${e2eApps().webUrl}${path}`);
  // Kept either as the whole answer in front of Next.js (it carries an Age) or as Next.js's rendered page.
  const kept = res.headers.get("age") !== null ? "HIT" : res.headers.get("x-nextjs-cache");
  return { status: res.status, kept, age: res.headers.get("age"), html: await res.text() };
}

/** Reads `path` until `check` holds; how long that took after the write committed. */
async function shownWithin(path: string, check: (r: Awaited<ReturnType<typeof get>>) => boolean, limit = 5_000): Promise<number> {
  const started = performance.now();
  for (;;) {
    const r = await get(path);
    if (check(r)) return performance.now() - started;
    if (performance.now() - started > limit) throw new Error(`${path} still shows the old page: ${r.status} ${r.kept}`);
    await new Promise((res) => setTimeout(res, 20));
  }
}

describe("kept pages", () => {
  let db: Db;
  let id = "";
  let version = 0;
  beforeAll(async () => {
    db = createPrismaClient(process.env.TIES_E2E_DATABASE_URL!, { max: 2 });
    const r = await createCitedEvent(db, event("Page cache test: first title"));
    id = r.id;
    version = r.version;
  });
  afterAll(async () => db?.$disconnect());

  it("keeps a page after its first reader, and serves the next from memory", async () => {
    const first = await get("/en/agreements/canada-korea-free-trade-agreement");
    expect(first.status).toBe(200);
    const again = await get("/en/agreements/canada-korea-free-trade-agreement");
    expect(again.kept).toBe("HIT");
    expect(again.html).toBe(first.html);
    // The whole answer is kept in front of Next.js too: it says how old it is.
    const whole = await get("/en/agreements/canada-korea-free-trade-agreement");
    expect(whole.age).toMatch(/^\d+$/);
    expect(whole.html).toBe(first.html);
  });

  it("shows a publish at once, on the record's kept 404 page and on the home page", async () => {
    const missing = await get(`/en/events/${SLUG}`);
    expect(missing.status).toBe(404);
    expect((await get(`/en/events/${SLUG}`)).kept).toBe("HIT");
    for (const page of ["/en", "/en/events"]) {
      await get(page);
      expect((await get(page)).kept, page).toBe("HIT");
    }
    // A filtered timeline is rendered per request.
    expect((await get("/en/events?type=visit")).kept).toBeNull();
    // A page that shows no event stays kept through all of this.
    await get("/en/sources");
    expect((await get("/en/sources")).kept).toBe("HIT");

    const submitted = await changeState(db, "event", id, "submit", { ...system, baseVersion: version });
    const published = await changeState(db, "event", id, "publish", { ...system, baseVersion: submitted.version });
    version = published.version;
    const ms = await shownWithin(`/en/events/${SLUG}`, (r) => r.status === 200 && r.html.includes("Page cache test: first title"));
    expect(ms).toBeLessThan(1_000);
    expect((await get("/en")).html).toContain("Page cache test: first title");
    expect((await get("/en/events")).html).toContain("Page cache test: first title");
    expect((await get("/en/sources")).kept).toBe("HIT");
  });

  it("shows an edit of a published record at once, then serves the new page from memory", async () => {
    await get(`/en/events/${SLUG}`);
    expect((await get(`/en/events/${SLUG}`)).kept).toBe("HIT");
    const edited = await updateRecord(db, "event", id, event("Page cache test: second title"), { ...system, baseVersion: version });
    version = edited.version;
    const ms = await shownWithin(`/en/events/${SLUG}`, (r) => r.html.includes("Page cache test: second title"));
    expect(ms).toBeLessThan(1_000);
    // The tags are expired a second time once the requests in flight at the first expiry have ended (a page rendered from
    // the record as it was is dropped then), so the page read while the edit was arriving may be rendered once more before
    // it is kept: the new page is served from memory within the server's wait for those requests (at most 10 s).
    await shownWithin(`/en/events/${SLUG}`, (r) => r.kept === "HIT" && r.html.includes("Page cache test: second title"), 12_000);
  });

  it("answers 404 at once after an unpublish", async () => {
    await changeState(db, "event", id, "archive", { ...system, baseVersion: version });
    const ms = await shownWithin(`/en/events/${SLUG}`, (r) => r.status === 404);
    expect(ms).toBeLessThan(1_000);
  });
});
