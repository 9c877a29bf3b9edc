/**
 * Every admin page at phone width (390 px) in a real browser: none may scroll sideways. One pass
 * over the dashboard, each list, the review queue, the audit log, users, import, and the record
 * pages and editors, reporting every page that is wider than the window by name, with the element
 * that sticks out furthest. (A run's page is checked by the import test, which starts a run;
 * /export is a download, not a page.)
 */
import { createPrismaClient, createRecord, type Db } from "@ties/db";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAsAdmin } from "../support/admin-session";
import { e2eApps, useBrowser } from "../support/browser";

const PHONE = { width: 390, height: 844 };

/** How far the page reaches past the window, and the deepest element that reaches furthest. */
async function overflow(page: Page): Promise<{ wide: number; culprit: string }> {
  return page.evaluate(() => {
    const wide = document.documentElement.scrollWidth - window.innerWidth;
    let culprit = "";
    let furthest = window.innerWidth;
    for (const el of Array.from(document.body.querySelectorAll("*"))) {
      const right = el.getBoundingClientRect().right;
      if (right <= furthest) continue;
      // Inside a region that scrolls on its own, an element may be wider than the window.
      let clipped = false;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const x = getComputedStyle(p).overflowX;
        if (x === "auto" || x === "scroll" || x === "hidden" || x === "clip") clipped = true;
      }
      if (clipped) continue;
      furthest = right;
      const name = el.tagName.toLowerCase();
      culprit = `${name}${el.id ? `#${el.id}` : ""}${el.classList.length > 0 ? `.${Array.from(el.classList).join(".")}` : ""}`;
    }
    return { wide, culprit };
  });
}

describe("admin pages at phone width", () => {
  const browser = useBrowser();
  let db: Db;
  beforeAll(() => {
    db = createPrismaClient(process.env.TIES_E2E_DATABASE_URL!, { max: 2 });
  });
  afterAll(async () => db?.$disconnect());

  it("scroll sideways on no page at 390 px", { timeout: 300_000 }, async () => {
    const [event, source] = await Promise.all([
      db.event.findFirstOrThrow({ orderBy: { id: "asc" }, select: { id: true, slug: true } }),
      db.source.findFirstOrThrow({ orderBy: { id: "asc" }, select: { id: true } }),
    ]);
    // Text with no place to break (a pasted URL, a token) must wrap, not widen the page.
    const unbroken = `Unbroken${"x".repeat(250)}`;
    const claim = await createRecord(
      db,
      "claim",
      {
        slug: `phone-width-unbroken-${Date.now()}`,
        sourceId: source.id,
        statement: unbroken,
        subject: { kind: "event", id: event.id, field: "title" },
        value: unbroken,
      },
      { actor: { id: null } },
    );
    const pages: [string, string][] = [
      ["dashboard", "/"],
      ["events list", "/events"],
      ["agreements list", "/agreements"],
      ["commitments list", "/commitments"],
      ["people list", "/people"],
      ["organisations list", "/organizations"],
      ["areas list", "/areas"],
      ["sources list", "/sources"],
      ["claims list", "/claims"],
      ["review queue", "/review"],
      ["audit log", "/audit"],
      ["users", "/users"],
      ["import", "/import"],
      ["event page", `/events/${event.slug}`],
      ["event record", `/records/event/${event.id}`],
      ["event editor", `/records/event/${event.id}/edit`],
      ["agreement record with citations", "/records/agreement/agr-ckfta"],
      ["source reader", `/sources/${source.id}`],
      ["source editor", `/sources/${source.id}/edit`],
      ["new source", "/sources/new"],
      ["new claim", "/claims/new"],
      ["claim editor", `/claims/${claim.id}`],
    ];

    const page = await browser().newPage();
    await page.setViewportSize(PHONE);
    await signInAsAdmin(page);
    const found: string[] = [];
    for (const [name, path] of pages) {
      const res = await page.goto(`${e2eApps().adminUrl}${path}`);
      expect(res?.status(), `${name} (${path})`).toBe(200);
      const { wide, culprit } = await overflow(page);
      if (wide > 0) found.push(`${name} (${path}): ${wide} px of sideways scroll, furthest out: ${culprit}`);
    }
    await page.close();
    expect(found).toEqual([]);
  });
});
