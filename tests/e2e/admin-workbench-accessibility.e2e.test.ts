/** Accessibility (WCAG 2.2 A/AA rules checked by axe-core) of the workbench: source list, intake, reader and each record form, at desktop and phone widths. */
import AxeBuilder from "@axe-core/playwright";
import { createCaller, createContextInner } from "@ties/api";
import { createPrismaClient, type Db } from "@ties/db";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAsAdmin } from "../support/admin-session";
import { e2eApps, useBrowser } from "../support/browser";
import { E2E_ADMIN } from "../support/e2e-admin";

const WIDTHS = [
  ["desktop", 1280, 900],
  ["phone", 390, 844],
] as const;

async function violations(page: Page, name: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return result.violations.map((v) => `${name}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

describe("workbench accessibility", () => {
  const browser = useBrowser();
  let db: Db;
  let sourceId: string;
  beforeAll(async () => {
    db = createPrismaClient(process.env.TIES_E2E_DATABASE_URL!, { max: 2 });
    const admin = await db.user.findUniqueOrThrow({ where: { email: E2E_ADMIN.email }, select: { id: true, name: true, email: true } });
    const api = createCaller(createContextInner({ db, user: { ...admin, role: "admin" }, surface: "admin" }));
    const r = await api.source.intake({
      text: "Ottawa, October 14, 2026 - Global Affairs Canada\n\nToday, Canada's Minister of Foreign Affairs, Anita Anand, met with the Republic of Korea's Minister of Foreign Affairs, Cho Hyun, in Ottawa. The two ministers signed a Memorandum of Understanding on Critical Minerals Supply Chains. The two countries committed to hold the first critical minerals dialogue by June 2027. Global Affairs Canada and the Ministry of Foreign Affairs of Korea will lead it.\n\nShare this page",
      title: "Accessibility check release",
      publisher: "Global Affairs Canada",
      publishedAt: "2026-10-14",
      language: "en",
    });
    sourceId = r.source.id;
  });
  afterAll(async () => db?.$disconnect());

  for (const [label, width, height] of WIDTHS)
    it(`has no WCAG 2.2 A/AA violations on the source list, intake, reader and each form (${label}, ${width} px wide)`, {
      timeout: 300_000,
    }, async () => {
      const found: string[] = [];
      const page = await browser().newPage();
      await signInAsAdmin(page);
      const admin = e2eApps().adminUrl;
      await page.setViewportSize({ width, height });
      await page.goto(`${admin}/sources`);
      found.push(...(await violations(page, `${label} source list`)));
      await page.goto(`${admin}/sources/new`);
      found.push(...(await violations(page, `${label} intake form`)));
      await page.getByRole("button", { name: "Add the source" }).click();
      await page.locator(".field-error").first().waitFor();
      found.push(...(await violations(page, `${label} intake form with errors`)));
      await page.goto(`${admin}/sources/${sourceId}`);
      found.push(...(await violations(page, `${label} reader`)));
      for (const kind of ["event", "agreement", "commitment", "person", "organisation"]) {
        const edit = page.getByRole("button", { name: new RegExp(`^Edit then accept ${kind}`) }).first();
        if ((await edit.count()) === 0) continue;
        await edit.click();
        await page.locator(".editor form").waitFor();
        found.push(...(await violations(page, `${label} ${kind} form`)));
        await page.locator(".editor").getByRole("button", { name: "Cancel" }).click();
      }
      await page.goto(`${admin}/records/event/evt-2024-07-18-cho-joly-meeting/edit`);
      found.push(...(await violations(page, `${label} event edit page`)));
      await page.goto(`${admin}/records/agreement/agr-ckfta/edit`);
      found.push(...(await violations(page, `${label} agreement edit page`)));
      await page.close();
      expect(found).toEqual([]);
    });
});
