/** Accessibility (WCAG 2.2 AA rules checked by axe-core) of the public pages and the sign-in page, in a real browser. */
import AxeBuilder from "@axe-core/playwright";
import { describe, expect, it } from "vitest";
import { signInAsAdmin } from "../support/admin-session";
import { e2eApps, useBrowser } from "../support/browser";

describe("accessibility", () => {
  const browser = useBrowser();

  /** Every public page type, checked in each language. */
  const PUBLIC = [
    ["home", ""],
    ["timeline", "/events?type=visit"],
    ["timeline, first page (kept)", "/events"],
    ["event page", "/events/2025-03-07-ottawa-chung-epp-consultation"],
    ["404 page", "/events/no-such-event"],
    ["agreements", "/agreements"],
    ["agreement page", "/agreements/canada-korea-free-trade-agreement"],
    ["commitments", "/commitments"],
    ["commitment page", "/commitments/2025-hold-first-indo-pacific-dialogue"],
    ["people", "/people"],
    ["person page", "/people/chung-byung-won"],
    ["organisations", "/organizations"],
    ["organisation page", "/organizations/global-affairs-canada"],
    ["areas", "/areas"],
    ["area page", "/areas/security-defence"],
    ["sources", "/sources"],
    ["source page", "/sources/south-korea-canada-north-south-east-west-ties-page"],
    ["claims", "/claims"],
    ["claim page", "/claims/analysis-2025-03-ckfta-signed-in-2015"],
    ["search", "/search?q=defence"],
    ["methodology", "/methodology"],
    ["open data page", "/open-data"],
  ] as const;
  const ADMIN = (): [string, string][] => [
    ["sign-in page", `${e2eApps().adminUrl}/sign-in`],
    ["admin review queue", `${e2eApps().adminUrl}/review`],
    ["admin record history", `${e2eApps().adminUrl}/records/agreement/agr-ckfta`],
  ];

  it("reports a violation when there is one (the checker itself works)", async () => {
    const page = await browser().newPage();
    await page.setContent('<html lang="en"><body><main><img src="data:,"><button></button></main></body></html>');
    const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    expect(result.violations.map((v) => v.id).sort()).toEqual(expect.arrayContaining(["button-name", "image-alt"]));
    await page.close();
  });

  async function violations(name: string, url: string, width: "desktop" | "phone"): Promise<string[]> {
    const page = await browser().newPage();
    if (width === "phone") await page.setViewportSize({ width: 390, height: 844 });
    if (name.startsWith("admin ")) await signInAsAdmin(page);
    await page.goto(url);
    // Public pages, the 404 page too, arrive whole from the server; admin pages may still be drawing: check the
    // page the reader gets once it has its language and heading.
    await page.waitForFunction(() => document.documentElement.lang !== "" && document.querySelector("h1") !== null, undefined, {
      timeout: 15_000,
    });
    const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    await page.close();
    return result.violations.map((v) => `${name} ${width}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  }

  /** Each item's result, in order, two at a time: the checker's work in the page keeps one core busy. */
  async function twoAtATime<T, R>(items: readonly T[], run: (item: T) => Promise<R>): Promise<R[]> {
    const results: R[] = [];
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < items.length; i = next++) results[i] = await run(items[i]!);
    };
    await Promise.all([worker(), worker()]);
    return results;
  }

  // One test per language and width: each page type, so a failure names the page, the language and the width.
  for (const locale of ["en", "fr", "ko"] as const) {
    for (const width of ["desktop", "phone"] as const) {
      it(`has no WCAG 2.2 A/AA violations on any public page type in ${locale} at ${width} width`, { timeout: 240_000 }, async () => {
        const found = await twoAtATime(PUBLIC, ([name, path]) =>
          violations(`public ${name} (${locale})`, `${e2eApps().webUrl}/${locale}${path}`, width),
        );
        expect(found.flat()).toEqual([]);
      });
    }
  }

  it("has no WCAG 2.2 A/AA violations on the admin sign-in, review and history pages", async () => {
    const found: string[] = [];
    for (const [name, url] of ADMIN()) found.push(...(await violations(name, url, "desktop")));
    expect(found).toEqual([]);
  });
});
