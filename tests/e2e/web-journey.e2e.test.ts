/**
 * A reader's way through the public site in a real browser: home, timeline, a filter, an event, a
 * citation opened in place, its source, a claim checked in it; the spam source with its false
 * claims; the list pages of every kind; search across spellings.
 */
import { describe, expect, it } from "vitest";
import { e2eApps, useBrowser } from "../support/browser";

const OTTAWA = "2025-03-07-ottawa-chung-epp-consultation";
const SPAM = "south-korea-canada-north-south-east-west-ties-page";

describe("public site journey", () => {
  const browser = useBrowser();

  it("goes home -> timeline -> area filter -> event -> citation -> source -> claim", async () => {
    const page = await browser().newPage();
    await page.goto(`${e2eApps().webUrl}/en`);
    await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Timeline" }).click();
    await page.waitForURL(/\/en\/events$/);
    // Menus offer only values with events, each with its count.
    const areaOptions = await page.locator("select[name='area'] option").allTextContents();
    expect(areaOptions.slice(1).every((o) => /\(\d+\)$/.test(o))).toBe(true);
    await page.locator("select[name='area']").selectOption("security-defence");
    await page.getByRole("button", { name: "Show" }).click();
    await page.waitForURL((u) => u.searchParams.get("area") === "security-defence");
    await page.locator("ol.events a", { hasText: "Ottawa" }).first().click();
    await page.waitForURL(new RegExp(`/en/events/${OTTAWA}$`));
    // A citation opens in place (a <details>, no script needed) and shows the quoted words.
    const citation = page.locator("ol.citations details", { hasText: "analysis" }).first();
    await expect(citation.locator("blockquote").isVisible()).resolves.toBe(false);
    await citation.locator("summary").click();
    await expect(citation.locator("blockquote").isVisible()).resolves.toBe(true);
    expect((await citation.locator("blockquote").textContent())?.length).toBeGreaterThan(10);
    await citation.getByRole("link", { name: "About this source" }).click();
    await page.waitForURL(/\/en\/sources\//);
    await expect(page.locator(".facts").textContent()).resolves.toMatch(/Publisher.*Published.*Language.*Reliability/s);
    // The source lists what it supports (the Ottawa event among them) and the claims checked in it.
    await expect(page.locator(`ul.supports a[href='/en/events/${OTTAWA}']`).count()).resolves.toBeGreaterThan(0);
    const claim = page.locator("ul.claims li", { has: page.locator(".verdict-false") }).first();
    await claim.locator("a").click();
    await page.waitForURL(/\/en\/claims\//);
    await expect(page.locator("h1").textContent()).resolves.toContain("signed in 2015");
    await expect(page.locator(".verdict-line .verdict").textContent()).resolves.toBe("False");
    await expect(page.locator("script[type='application/ld+json']").textContent()).resolves.toContain('"ClaimReview"');
  });

  it("shows the grade-E spam source with its grade, its reason and its false claims", async () => {
    const page = await browser().newPage();
    const res = await page.goto(`${e2eApps().webUrl}/en/sources/${SPAM}`);
    expect(res?.status()).toBe(200);
    await expect(page.locator(".facts .grade").first().textContent()).resolves.toMatch(/^E/);
    await expect(page.locator(".grade-reason").textContent()).resolves.toContain("visa-service advertisements");
    const verdicts = await page.locator("ul.claims li .verdict").allTextContents();
    // Every claim checked in it (the seed holds nine, all false or unverified) is there, marked.
    expect(verdicts.length).toBeGreaterThanOrEqual(8);
    expect(verdicts.every((v) => v === "False" || v === "Unverified")).toBe(true);
    expect(verdicts).toContain("False");
    // And the sources list narrowed to grade E shows it.
    await page.goto(`${e2eApps().webUrl}/en/sources?grade=E`);
    await expect(page.locator(`ul.cards a[href='/en/sources/${SPAM}']`).count()).resolves.toBe(1);
  });

  it("has a list page for every kind, and the claims list groups false ones first", async () => {
    const page = await browser().newPage();
    for (const path of ["agreements", "commitments", "people", "organizations", "areas", "sources", "claims", "methodology"]) {
      const res = await page.goto(`${e2eApps().webUrl}/en/${path}`);
      expect(res?.status(), path).toBe(200);
      await expect(page.locator("h1").count()).resolves.toBe(1);
    }
    await page.goto(`${e2eApps().webUrl}/en/claims`);
    await expect(page.locator("main h2").first().locator(".verdict").textContent()).resolves.toBe("False");
    await page.goto(`${e2eApps().webUrl}/en/commitments`);
    const score = await page.locator(".score-counts dt").allTextContents();
    expect(score.map((s) => s.trim())).toEqual(expect.arrayContaining(["Fulfilled", "In progress", "Overdue", "Not yet due", "Abandoned"]));
    await page.goto(`${e2eApps().webUrl}/en/areas/security-defence`);
    await expect(page.locator("figure.chart svg rect").count()).resolves.toBeGreaterThan(0);
    await page.goto(`${e2eApps().webUrl}/en/organizations/global-affairs-canada`);
    await expect(page.locator("ul.positions li", { hasText: "Weldon Epp" }).count()).resolves.toBeGreaterThan(0);
  });

  it("finds the same events for 'defense' and 'defence', and the GSOIA agreement", async () => {
    const page = await browser().newPage();
    const hits = async (q: string) => {
      await page.goto(`${e2eApps().webUrl}/en/search?q=${encodeURIComponent(q)}&kind=event`);
      return (await page.locator("ol.search-results .hit-title a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))).sort();
    };
    const us = await hits("defense");
    const uk = await hits("defence");
    expect(uk.length).toBeGreaterThan(1);
    expect(us).toEqual(uk);
    // The timeline's word filter agrees.
    const timeline = async (q: string) => {
      await page.goto(`${e2eApps().webUrl}/en/events?q=${q}&limit=100`);
      return (await page.locator("ol.events .event-title").allTextContents()).sort();
    };
    expect(await timeline("defense")).toEqual(await timeline("defence"));
    await page.goto(`${e2eApps().webUrl}/en/search?q=GSOIA`);
    const first = page.locator("ol.search-results li").first();
    await expect(first.locator(".hit-title a").getAttribute("href")).resolves.toBe(
      "/en/agreements/canada-korea-general-security-of-information-agreement",
    );
    await expect(page.locator("ol.search-results mark").first().textContent()).resolves.toMatch(/GSOIA/i);
  });
});
