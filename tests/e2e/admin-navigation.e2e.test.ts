/**
 * Finding one's way in the admin app, in a real browser: the dashboard shows what an editor sent
 * back with the comment, a list filters and pages through the URL, a record opens at its slug,
 * and the audit log filters by kind and links to the revision's diff. Then axe and a phone-width
 * check on the dashboard, every list and the audit log, and the filters used by keyboard alone.
 */
import AxeBuilder from "@axe-core/playwright";
import { changeState, createPrismaClient, createRecord, type Db } from "@ties/db";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { e2eApps, useBrowser } from "../support/browser";
import { type Account, createAccount, signInAs } from "../support/workbench-accounts";

const RUN = Date.now().toString(36);
const WORD = `navcheck${RUN}`;
const SENT_BACK_SLUG = `navigation-sent-back-${RUN}`;
const SENT_BACK_TITLE = `Navigation check: sent back ${RUN}`;
const COMMENT = "Please cite the joint statement for the date";
const PHONE_CALLS = 26;

const event = (slug: string, title: string, type: string, day: number) => ({
  slug,
  type,
  title: { en: title },
  date: `2026-03-${String(day).padStart(2, "0")}`,
  summary: { en: `${title}: written by the navigation test.` },
});

const LISTS = ["/events", "/agreements", "/commitments", "/people", "/organizations", "/areas", "/sources", "/claims"];

describe("admin navigation", () => {
  const browser = useBrowser();
  let db: Db;
  let curator: Account;
  beforeAll(async () => {
    db = createPrismaClient(process.env.TIES_E2E_DATABASE_URL!, { max: 2 });
    curator = await createAccount(db, "curator", "navcurator");
    const editor = await createAccount(db, "editor", "naveditor");
    const [c, e] = await Promise.all(
      [curator, editor].map((a) => db.user.findUniqueOrThrow({ where: { email: a.email }, select: { id: true, name: true } })),
    );
    const sent = await createRecord(db, "event", event(SENT_BACK_SLUG, SENT_BACK_TITLE, "meeting", 1), { actor: c! });
    const submitted = await changeState(db, "event", sent.id, "submit", { actor: c!, baseVersion: sent.version });
    await changeState(db, "event", sent.id, "reject", { actor: e!, baseVersion: submitted.version, reason: COMMENT });
    for (let i = 0; i < PHONE_CALLS; i++)
      await createRecord(db, "event", event(`${WORD}-call-${i}`, `${WORD} call ${i}`, "phone_call", (i % 28) + 1), { actor: c! });
    for (let i = 0; i < 2; i++)
      await createRecord(db, "event", event(`${WORD}-visit-${i}`, `${WORD} visit ${i}`, "visit", i + 1), { actor: c! });
  });
  afterAll(async () => db?.$disconnect());

  const rows = (page: Page) => page.locator("table.record-list tbody tr");

  it("shows the curator what was sent back with the comment, and opens it at its slug", async () => {
    const page = await browser().newPage();
    await signInAs(page, curator);
    const item = page.locator(".sent-back li", { hasText: SENT_BACK_TITLE });
    await expect(item.textContent()).resolves.toContain(`Comment: ${COMMENT}`);
    await expect(item.textContent()).resolves.toContain("naveditor");
    await item.getByRole("link", { name: SENT_BACK_TITLE }).click();
    await page.waitForURL((u) => u.pathname === `/events/${SENT_BACK_SLUG}`);
    await expect(page.locator("h1").textContent()).resolves.toBe(SENT_BACK_TITLE);
    await expect(page.locator("main").textContent()).resolves.toContain("State: draft");
    // The history page takes the slug too, and an unknown slug is a 404.
    await page.goto(`${e2eApps().adminUrl}/records/event/${SENT_BACK_SLUG}`);
    await expect(page.locator("h1").textContent()).resolves.toBe(SENT_BACK_TITLE);
    expect((await page.goto(`${e2eApps().adminUrl}/events/no-such-event-${RUN}`))?.status()).toBe(404);
    await page.close();
  });

  it("filters a list through the URL and pages through it", async () => {
    const page = await browser().newPage();
    await signInAs(page, curator);
    await page.getByRole("navigation", { name: "Curation" }).getByRole("link", { name: "Events" }).click();
    await page.waitForURL((u) => u.pathname === "/events");
    await page.getByLabel("Words").fill(WORD);
    await page.getByLabel("Type").selectOption("phone_call");
    await page.getByRole("button", { name: "Show" }).click();
    await page.waitForURL((u) => u.searchParams.get("q") === WORD && u.searchParams.get("type") === "phone_call");
    await expect(rows(page).count()).resolves.toBe(25);
    await expect(page.locator(".list-count").textContent()).resolves.toBe("25 events on the first page");
    const seen = new Set(await rows(page).locator("td[data-label=Title] a").allTextContents());
    expect((await rows(page).locator("td[data-label=Type]").allTextContents()).every((t) => t === "Phone call")).toBe(true);

    await page.getByRole("link", { name: "Next page" }).click();
    await page.waitForURL((u) => !!u.searchParams.get("cursor") && u.searchParams.get("q") === WORD);
    await expect(rows(page).count()).resolves.toBe(PHONE_CALLS - 25);
    for (const t of await rows(page).locator("td[data-label=Title] a").allTextContents()) seen.add(t);
    expect(seen.size).toBe(PHONE_CALLS);
    expect([...seen].every((t) => t.includes(" call "))).toBe(true);
    await expect(page.getByRole("link", { name: "Next page" }).count()).resolves.toBe(0);
    await page.getByRole("link", { name: "Previous page" }).click();
    await page.waitForURL((u) => !u.searchParams.has("cursor") && u.searchParams.get("type") === "phone_call");
    await expect(rows(page).count()).resolves.toBe(25);
    await expect(page.getByRole("link", { name: "Previous page" }).count()).resolves.toBe(0);

    // Narrower still: a date range; and a filter nothing matches says so.
    await page.goto(`${e2eApps().adminUrl}/events?q=${WORD}&from=2026-03-01&to=2026-03-02`);
    await expect(rows(page).count()).resolves.toBe(4);
    await page.goto(`${e2eApps().adminUrl}/events?q=${WORD}&type=summit`);
    await expect(page.locator(".list-empty").textContent()).resolves.toBe("No event matches these filters.");
    await page.goto(`${e2eApps().adminUrl}/events?q=${WORD}&cursor=forged`);
    await expect(page.locator("main [role=alert]").textContent()).resolves.toContain("no longer valid");
    await page.close();
  });

  it("filters the audit log by kind and record and links each entry to its revision's diff", async () => {
    const page = await browser().newPage();
    await signInAs(page, curator);
    await page.goto(`${e2eApps().adminUrl}/audit`);
    await page.getByLabel("Kind").selectOption("event");
    await page.getByLabel("Record (slug or id)").fill(SENT_BACK_SLUG);
    await page.getByRole("button", { name: "Show" }).click();
    await page.waitForURL((u) => u.searchParams.get("kind") === "event");
    await expect(rows(page).locator("td[data-label=Action]").allTextContents()).resolves.toEqual(["reject", "submit", "create"]);
    const reject = rows(page).first();
    await expect(reject.locator("td[data-label=Reason]").textContent()).resolves.toBe(COMMENT);
    await reject.getByRole("link", { name: "Revision 3" }).click();
    await page.waitForURL((u) => u.pathname === `/records/event/${SENT_BACK_SLUG}` && u.hash === "#revision-3");
    await expect(page.locator("#revision-3").textContent()).resolves.toContain(COMMENT);

    // Filtered by kind alone, every entry is about an event.
    await page.goto(`${e2eApps().adminUrl}/audit?kind=person`);
    const records = await rows(page).locator("td[data-label=Record]").allTextContents();
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((r) => r.startsWith("person:"))).toBe(true);
    await page.close();
  });

  it("is usable by keyboard: the search box is reached with Tab and submitted with Enter", async () => {
    const page = await browser().newPage();
    await signInAs(page, curator);
    await page.goto(`${e2eApps().adminUrl}/events`);
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(() => document.activeElement?.getAttribute("name") === "q");
    }
    expect(reached).toBe(true);
    await page.keyboard.type(`${WORD} visit`);
    await page.keyboard.press("Enter");
    await page.waitForURL((u) => u.searchParams.has("q"));
    await expect(rows(page).count()).resolves.toBe(2);
    await page.close();
  });

  for (const [label, width, height] of [
    ["desktop", 1280, 900],
    ["phone", 390, 844],
  ] as const)
    it(`has no WCAG 2.2 A/AA violations and no sideways scroll on the dashboard, every list and the audit log (${label})`, {
      timeout: 300_000,
    }, async () => {
      const page = await browser().newPage();
      await signInAs(page, curator);
      await page.setViewportSize({ width, height });
      const found: string[] = [];
      for (const path of ["/", ...LISTS, `/events?q=${WORD}`, "/audit", `/audit?kind=event&record=${SENT_BACK_SLUG}`]) {
        await page.goto(`${e2eApps().adminUrl}${path}`);
        const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
        found.push(...result.violations.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`));
        const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (wide > 0) found.push(`${path}: ${wide} px of sideways scroll`);
      }
      await page.close();
      expect(found).toEqual([]);
    });
});
