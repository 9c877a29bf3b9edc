/** Accessibility (WCAG 2.2 AA rules checked by axe-core) of the public pages and the sign-in page, in a real browser. */
import AxeBuilder from "@axe-core/playwright";
import { describe, expect, it } from "vitest";
import { signInAsAdmin } from "../support/admin-session";
import { e2eApps, useBrowser } from "../support/browser";

describe("accessibility", () => {
  const browser = useBrowser();

  const pages = () => [
    ["public home", `${e2eApps().webUrl}/`],
    ["public timeline", `${e2eApps().webUrl}/events?type=visit`],
    ["public event page", `${e2eApps().webUrl}/events/2025-03-07-ottawa-chung-epp-consultation`],
    ["public 404 page", `${e2eApps().webUrl}/events/no-such-event`],
    ["public agreement page", `${e2eApps().webUrl}/agreements/canada-korea-free-trade-agreement`],
    ["public person page", `${e2eApps().webUrl}/people/chung-byung-won`],
    ["open data page", `${e2eApps().webUrl}/open-data`],
    ["public commitment page", `${e2eApps().webUrl}/commitments/2025-hold-first-indo-pacific-dialogue`],
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

  it("has no WCAG 2.2 A/AA violations on the public pages and the sign-in page", async () => {
    const found: string[] = [];
    for (const [name, url] of pages()) {
      const page = await browser().newPage();
      if (name!.startsWith("admin ")) await signInAsAdmin(page);
      await page.goto(url!);
      const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
      for (const v of result.violations) found.push(`${name}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      await page.close();
    }
    expect(found).toEqual([]);
  });
});
