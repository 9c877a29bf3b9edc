/** The public home page in a real browser lists the published events from the database. */
import { createPrismaClient } from "@ties/db";
import { describe, expect, it } from "vitest";
import { e2eApps, useBrowser } from "../support/browser";

const SEED_OTTAWA = "events/2025-03-07-ottawa-chung-epp-consultation";

describe("web home", () => {
  const browser = useBrowser();

  it("lists the latest published events, newest first, from the database", async () => {
    const db = createPrismaClient(process.env.TIES_E2E_DATABASE_URL!, { max: 1 });
    const published = await db.event.findMany({
      where: { state: "published", mergedIntoId: null },
      orderBy: [{ dateFirst: "desc" }, { id: "desc" }],
      select: { titleEn: true },
      take: 20,
    });
    await db.$disconnect();
    expect(published.length).toBeGreaterThan(0);

    const page = await browser().newPage();
    const res = await page.goto(e2eApps().webUrl);
    expect(res?.status()).toBe(200);
    await expect(page.title()).resolves.toContain("Ties");
    const titles = await page.locator("ol.events li h3").allTextContents();
    expect(titles).toEqual(published.map((e) => e.titleEn));
  });

  it("shows the Ottawa consultation of March 2025 with its date", async () => {
    const page = await browser().newPage();
    await page.goto(e2eApps().webUrl);
    // The seed's consultation, by its address: other tests publish meetings in Ottawa too.
    const item = page.locator("ol.events li", { has: page.locator(`a[href$="/${SEED_OTTAWA}"]`) });
    await expect(item.locator("time").getAttribute("datetime")).resolves.toBe("2025-03-07");
  });
});
