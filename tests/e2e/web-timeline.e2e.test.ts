/** The public timeline in a real browser: filters in the address, paging, and clear errors for bad filters. */
import { describe, expect, it } from "vitest";
import { e2eApps, useBrowser } from "../support/browser";

describe("timeline", () => {
  const browser = useBrowser();
  const titles = (page: import("playwright-core").Page) => page.locator("ol.events li .event-title").allTextContents();

  it("filters by type through the form, with the filter in a shareable address", async () => {
    const page = await browser().newPage();
    await page.goto(`${e2eApps().webUrl}/events`);
    const all = await titles(page);
    await page.getByLabel("Type").selectOption("visit");
    await page.getByRole("button", { name: "Show" }).click();
    await page.waitForURL((u) => u.searchParams.get("type") === "visit");
    const visits = await titles(page);
    expect(visits.length).toBeGreaterThan(0);
    expect(visits.length).toBeLessThan(all.length);
    const types = await page.locator("ol.events li .meta").allTextContents();
    expect(new Set(types)).toEqual(new Set(["Visit"]));
    // The menu keeps the choice, and the others still mean "any".
    expect(await page.getByLabel("Type").inputValue()).toBe("visit");
    expect(await page.getByLabel("Area").inputValue()).toBe("");
    // The same address gives the same list to anyone.
    const again = await browser().newPage();
    await again.goto(page.url());
    expect(await titles(again)).toEqual(visits);
  });

  it("keeps a chosen value its menu no longer offers, chosen", async () => {
    const page = await browser().newPage();
    await page.goto(`${e2eApps().webUrl}/events?person=no-such-person`);
    expect(await page.getByLabel("Person").inputValue()).toBe("no-such-person");
    expect(await page.locator("ol.events li").count()).toBe(0);
  });

  it("finds events by words and by date range", async () => {
    const page = await browser().newPage();
    await page.goto(`${e2eApps().webUrl}/events?q=critical+minerals`);
    expect((await titles(page)).some((t) => t.includes("Ottawa"))).toBe(true);
    await page.goto(`${e2eApps().webUrl}/events?from=2024-01-01&to=2024-12-31`);
    const dates = await page.locator("ol.events li time").evaluateAll((ts) => ts.map((t) => t.getAttribute("datetime") ?? ""));
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d >= "2024-01-01" && d <= "2024-12-31").toBe(true);
  });

  it("pages through older events without repeating any", async () => {
    const page = await browser().newPage();
    await page.goto(`${e2eApps().webUrl}/events?limit=3`);
    const first = await titles(page);
    expect(first).toHaveLength(3);
    await page.getByRole("link", { name: "Older events" }).click();
    await page.waitForURL((u) => u.searchParams.has("cursor"));
    const second = await titles(page);
    expect(second.length).toBeGreaterThan(0);
    expect(second.filter((t) => first.includes(t))).toEqual([]);
    await expect(page.getByRole("link", { name: "First page" }).count()).resolves.toBe(1);
  });

  it("explains a bad filter instead of failing", async () => {
    const page = await browser().newPage();
    const res = await page.goto(`${e2eApps().webUrl}/events?from=2025-13-45&cursor=not-a-cursor`);
    expect(res?.status()).toBe(200);
    await expect(page.locator(".filter-errors", { hasText: "from" }).count()).resolves.toBe(1);
    const res2 = await page.goto(`${e2eApps().webUrl}/events?cursor=not-a-cursor`);
    expect(res2?.status()).toBe(200);
    await expect(page.locator(".filter-errors").textContent()).resolves.toMatch(/not valid/);
  });
});
