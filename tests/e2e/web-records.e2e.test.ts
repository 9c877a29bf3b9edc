/**
 * The public record pages in a real browser: an agreement's status timeline with the claims
 * checked about it, a person's positions over time, the home page's commitment and agreement
 * trackers, and links between them.
 */
import { describe, expect, it } from "vitest";
import { e2eApps, useBrowser } from "../support/browser";

describe("public record pages", () => {
  const browser = useBrowser();

  it("shows the CKFTA's timeline and the false claim about its signing year", async () => {
    const page = await browser().newPage();
    const res = await page.goto(`${e2eApps().webUrl}/agreements/canada-korea-free-trade-agreement`);
    expect(res?.status()).toBe(200);
    await expect(page.locator("article > p .agreement-status").textContent()).resolves.toBe("In force");
    const timeline = await page.locator("ol.timeline li").allTextContents();
    expect(timeline[0]).toMatch(/^22 September 2014 Signed/);
    expect(timeline[1]).toMatch(/^1 January 2015 In force/);
    const falseClaims = await page.locator(".claims li", { has: page.locator(".verdict-false") }).allTextContents();
    expect(falseClaims.some((c) => c.includes("2015"))).toBe(true);
  });

  it("shows a person's position with its translated title variant, and their events", async () => {
    const page = await browser().newPage();
    await page.goto(`${e2eApps().webUrl}/people/chung-byung-won`);
    const position = (await page.locator("ul.positions li").allTextContents()).join(" ");
    expect(position).toContain("Deputy Minister for Political Affairs");
    expect(position).toContain("Vice Minister for Political Affairs");
    await page.locator("ol.events a", { hasText: "Ottawa" }).first().click();
    await page.waitForURL(/\/events\/2025-03-07/);
    await page.getByRole("link", { name: "Weldon Epp" }).click();
    await page.waitForURL(/\/people\/weldon-epp$/);
    await expect(page.locator("h1").textContent()).resolves.toBe("Weldon Epp");
  });

  it("lists overdue commitments and agreements by status on the home page", async () => {
    const page = await browser().newPage();
    await page.goto(e2eApps().webUrl);
    const overdue = await page.locator("ul.commitments li", { has: page.locator(".status-overdue") }).allTextContents();
    // Due "within the year" 2025 and nothing records it as held: computed overdue, never stored.
    expect(overdue.some((c) => /Indo-Pacific dialogue/i.test(c))).toBe(true);
    const negotiating = page.locator(".agreements div", { has: page.locator("dt", { hasText: "In negotiation" }) });
    await expect(negotiating.locator("dd", { hasText: "GSOIA" }).count()).resolves.toBe(1);
    await negotiating.locator("dd a", { hasText: "GSOIA" }).click();
    await page.waitForURL(/\/agreements\/canada-korea-general-security-of-information-agreement$/);
    await expect(page.locator("ol.timeline li").first().textContent()).resolves.toMatch(/Negotiations launched/);
  });

  it("answers unknown agreements and people with 404", async () => {
    const page = await browser().newPage();
    expect((await page.goto(`${e2eApps().webUrl}/agreements/no-such-agreement`))?.status()).toBe(404);
    expect((await page.goto(`${e2eApps().webUrl}/people/no-such-person`))?.status()).toBe(404);
  });
});
