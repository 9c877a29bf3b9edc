/**
 * The sources and people lists read a page at a time, whatever the size of the record: checked in
 * a browser by walking every page of each with a small page size, against the whole list read in
 * one page, and by narrowing sources to a grade and people to a country; a later page of each,
 * narrowed, passes axe at phone width.
 */
import AxeBuilder from "@axe-core/playwright";
import { describe, expect, it } from "vitest";
import { e2eApps, useBrowser } from "../support/browser";

describe("list pages a page at a time", () => {
  const browser = useBrowser();

  /** The record links of every page of a list, following its "next" link from `start`. */
  async function walk(start: string, items: string, nextName: string, firstName: string) {
    const page = await browser().newPage();
    await page.goto(`${e2eApps().webUrl}${start}`);
    const seen: string[][] = [];
    for (;;) {
      seen.push(await page.locator(items).evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? "")));
      const next = page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: nextName });
      if ((await next.count()) === 0) break;
      await Promise.all([page.waitForURL(/cursor=/), next.click()]);
      // Every later page links back to the first, with the same page size.
      const first = page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: firstName });
      await expect(first.getAttribute("href")).resolves.toMatch(/limit=2/);
    }
    await page.close();
    return seen;
  }

  it("pages through every source, newest first, without repeating or missing one", async () => {
    const page = await browser().newPage();
    await page.goto(`${e2eApps().webUrl}/en/sources`);
    const all = await page.locator("ul.cards li > a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    await page.close();
    expect(all.length).toBeGreaterThan(2);
    const pages = await walk("/en/sources?limit=2", "ul.cards li > a", "Older sources", "Newest sources");
    expect(pages.length).toBe(Math.ceil(all.length / 2));
    expect(pages.every((p) => p.length <= 2)).toBe(true);
    expect(pages.flat()).toEqual(all);
  });

  it("narrows sources to one grade, marking the chosen one", async () => {
    const page = await browser().newPage();
    await page.goto(`${e2eApps().webUrl}/en/sources?grade=A`);
    const grades = page.getByRole("navigation", { name: "Sources by grade" });
    await expect(grades.locator("[aria-current='page']").textContent()).resolves.toBe("Completely reliable");
    const badges = await page.locator("ul.cards .grade").allTextContents();
    expect(badges.length).toBeGreaterThan(0);
    expect(badges.every((b) => b.trim().startsWith("A"))).toBe(true);
    await page.close();
  });

  it("pages through every person alphabetically, and narrows them to a tracked country", async () => {
    const page = await browser().newPage();
    await page.goto(`${e2eApps().webUrl}/en/people`);
    const all = await page.locator("ul.columns li > a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    expect(all.length).toBeGreaterThan(2);
    const pages = await walk("/en/people?limit=2", "ul.columns li > a", "Next page", "First page");
    expect(pages.flat()).toEqual(all);

    await page.getByRole("navigation", { name: "People by country" }).getByRole("link", { name: "Canada" }).click();
    await page.waitForURL(/country=CA/);
    const countries = await page.locator("ul.columns li .meta").allTextContents();
    expect(countries.length).toBeGreaterThan(0);
    expect(countries.every((c) => c === "Canada")).toBe(true);
    expect(countries.length).toBeLessThan(all.length);
    await page.close();
  });

  it("answers a forged cursor with the first page, not an error", async () => {
    const res = await fetch(`${e2eApps().webUrl}/en/sources?cursor=not-a-cursor&limit=2`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<ul class="cards">');
    // The first page: a link to the next one and none back to the first.
    expect(html).toContain("Older sources");
    expect(html).not.toContain("Newest sources");
  });

  it("has no WCAG 2.2 A/AA violations on a narrowed later page of each list, at phone width", async () => {
    const page = await browser().newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    for (const start of ["/en/sources?grade=A&limit=1", "/fr/people?country=CA&limit=2"]) {
      await page.goto(`${e2eApps().webUrl}${start}`);
      const next = page.locator("nav.pager a[rel='next']");
      await expect(next.count(), start).resolves.toBe(1);
      await Promise.all([page.waitForURL(/cursor=/), next.click()]);
      await expect(page.locator("nav.pager a").count(), start).resolves.toBeGreaterThan(0);
      const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
      expect(result.violations.map((v) => `${start} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      // Nothing runs off the side of a phone's screen.
      await expect(page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).resolves.toBe(true);
    }
    await page.close();
  });
});
