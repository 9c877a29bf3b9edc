/** An event page in a real browser: reached from the home page, it shows its facts and their sources. */
import { describe, expect, it } from "vitest";
import { e2eApps, useBrowser } from "../support/browser";

const SEED_OTTAWA = "events/2025-03-07-ottawa-chung-epp-consultation";

describe("event page", () => {
  const browser = useBrowser();

  it("opens from the home page with participants and quoted, graded sources", async () => {
    const page = await browser().newPage();
    await page.goto(e2eApps().webUrl);
    // The seed's consultation, by its address: other tests publish meetings in Ottawa too.
    await page.locator(`ol.events li a[href$="/${SEED_OTTAWA}"]`).click();
    await page.waitForURL(/\/events\//);
    await expect(page.locator("h1").textContent()).resolves.toContain("Ottawa");
    const participants = await page.locator("h2:has-text('Participants') + ul li").allTextContents();
    expect(participants.some((p) => p.includes("Chung Byung-won"))).toBe(true);
    expect(participants.some((p) => p.includes("Weldon Epp"))).toBe(true);
    // One meeting reported by two outlets: one page citing both.
    const publishers = await page.locator("ol.citations summary .meta:first-of-type").allTextContents();
    expect(new Set(publishers.map((p) => p.trim())).size).toBeGreaterThanOrEqual(2);
    await expect(page.locator("ol.citations .grade").first().textContent()).resolves.toMatch(/^[A-F][A-F]: /);
  });

  it("answers an unknown event with a 404 page that leads back home", async () => {
    const page = await browser().newPage();
    const res = await page.goto(`${e2eApps().webUrl}/events/no-such-event`);
    expect(res?.status()).toBe(404);
    await expect(page.locator("h1").textContent()).resolves.toBe("Not found");
    await expect(page.locator("main a[href='/en']").count()).resolves.toBe(1);
    // The 404 offers a search.
    await expect(page.locator("main search form input[name='q']").count()).resolves.toBe(1);
  });
});
