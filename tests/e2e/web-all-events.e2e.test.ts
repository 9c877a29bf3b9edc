/**
 * A record's page lists its latest events and, when it has more, links to the timeline filtered
 * by the record, which lists them all: checked in a browser for a person given more events than
 * the page shows, and the page with the link passes axe at phone width. The events are published
 * through the same curation functions the admin app's procedures call, and archived again afterwards.
 */
import AxeBuilder from "@axe-core/playwright";
import { changeState, createPrismaClient, type Db } from "@ties/db";
import { createCitedEvent } from "@ties/db/testing";
import { DETAIL_EVENTS_SHOWN } from "@ties/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { e2eApps, useBrowser } from "../support/browser";

const system = { actor: { id: null } };
const PERSON = "weldon-epp";
const COUNT = DETAIL_EVENTS_SHOWN + 2;
const title = (i: number) => `All-events test meeting ${i}`;

describe("a record with more events than its page shows", () => {
  const browser = useBrowser();
  let db: Db;
  const published: { id: string; version: number }[] = [];

  beforeAll(async () => {
    db = createPrismaClient(process.env.TIES_E2E_DATABASE_URL!, { max: 2 });
    const person = await db.person.findUniqueOrThrow({ where: { slug: PERSON }, select: { id: true } });
    for (let i = 1; i <= COUNT; i++) {
      const created = await createCitedEvent(db, {
        slug: `all-events-test-${i}`,
        type: "meeting",
        title: { en: title(i) },
        // Long before the seeded record, so that the newest events stay the seeded ones elsewhere.
        date: `1971-03-${String(i).padStart(2, "0")}`,
        location: { city: "Ottawa", countryCode: "CA" },
        parties: ["KR", "CA"],
        summary: { en: "A record for the all-events test." },
        participants: [{ personId: person.id, side: "CA" }],
      });
      published.push(await changeState(db, "event", created.id, "publish", { ...system, baseVersion: created.version }));
    }
  });
  afterAll(async () => {
    for (const e of published) await changeState(db, "event", e.id, "archive", { ...system, baseVersion: e.version });
    await db?.$disconnect();
  });

  it("shows the latest events on the person's page and links to all of them on the timeline", async () => {
    const page = await browser().newPage();
    const res = await page.goto(`${e2eApps().webUrl}/en/people/${PERSON}`);
    expect(res?.status()).toBe(200);
    await expect(page.locator("ol.events > li").count()).resolves.toBe(DETAIL_EVENTS_SHOWN);
    await page.getByRole("link", { name: "All events with this person" }).click();
    await page.waitForURL(/\/en\/events\?person=weldon-epp$/);
    const listed: string[] = [];
    for (;;) {
      listed.push(...(await page.locator("ol.events > li h2").allTextContents()).map((t) => t.trim()));
      const older = page.getByRole("link", { name: "Older events" });
      if ((await older.count()) === 0) break;
      await Promise.all([page.waitForURL(/cursor=/), older.click()]);
    }
    for (let i = 1; i <= COUNT; i++) expect(listed).toContain(title(i));
    // And the person's own seeded events besides.
    expect(listed.length).toBeGreaterThan(COUNT);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it("has no WCAG 2.2 A/AA violations on the person's page with the link, at phone width", async () => {
    const page = await browser().newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${e2eApps().webUrl}/en/people/${PERSON}`);
    await expect(page.getByRole("link", { name: "All events with this person" }).isVisible()).resolves.toBe(true);
    const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    await page.close();
  });
});
