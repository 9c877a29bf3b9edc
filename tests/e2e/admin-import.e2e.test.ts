/**
 * Bulk import in a real browser: an admin uploads an events CSV to land in the review queue,
 * watches the run's progress and summary (still there after a reload), and finds the records in
 * the review queue; a CSV with a bad date is refused with its line and reason, writing nothing.
 */
import AxeBuilder from "@axe-core/playwright";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createPrismaClient, type Db } from "@ties/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAsAdmin } from "../support/admin-session";
import { e2eApps, useBrowser } from "../support/browser";

describe("admin import", () => {
  const browser = useBrowser();
  const tag = randomBytes(3).toString("hex");
  const dir = mkdtempSync(join(tmpdir(), "ties-e2e-import-"));
  let db: Db;
  beforeAll(() => {
    db = createPrismaClient(process.env.TIES_E2E_DATABASE_URL!, { max: 2 });
  });
  afterAll(async () => {
    await db?.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  });

  it("uploads a CSV, shows progress and the summary, and lands the events in the review queue", async () => {
    const file = join(dir, `events-${tag}.csv`);
    writeFileSync(
      file,
      [
        "key,type,date,title,summary,parties,city,country",
        `${tag}-1,meeting,2025-03-07,Import test ${tag}: talks in Ottawa,Officials met in Ottawa.,KR;CA,Ottawa,CA`,
        `${tag}-2,phone_call,2025-04,Import test ${tag}: a call,"The ministers spoke, briefly.",KR;CA,,`,
        `${tag}-3,visit,2025-05-12/2025-05-14,Import test ${tag}: a visit to Seoul,A delegation visited Seoul.,CA;KR,Seoul,KR`,
      ].join("\n"),
    );
    const page = await browser().newPage();
    await signInAsAdmin(page);
    await page.getByRole("link", { name: "Import" }).click();
    await page.waitForURL((u) => u.pathname === "/import");
    await page.getByLabel("File", { exact: true }).setInputFiles(file);
    await page.getByLabel("Submitted for review (the review queue)").check();
    await page.getByRole("button", { name: "Start the import" }).click();
    await page.waitForURL((u) => /^\/import\/imp-[0-9a-f]+$/.test(u.pathname));
    await expect(page.locator("h1").textContent()).resolves.toBe(`Import of events-${tag}.csv`);

    // Progress is polled from the API until the run completes; then the summary shows.
    const status = page.locator("#import-status");
    await page.locator("output.import-progress").waitFor();
    await status.filter({ hasText: "Completed" }).waitFor({ timeout: 30_000 });
    await expect(page.locator("output.import-progress").textContent()).resolves.toBe("3 of 3 rows written, 0 errors");
    const summary = page.locator("table.import-summary");
    await expect(summary.locator("tr", { hasText: "Created" }).locator("td").textContent()).resolves.toBe("3");
    await expect(summary.locator("tr", { hasText: "Refused" }).locator("td").textContent()).resolves.toBe("0");

    // The run lives in the database, not the page: a reload shows the same summary.
    await page.reload();
    await status.filter({ hasText: "Completed" }).waitFor();
    await expect(summary.locator("tr", { hasText: "Created" }).locator("td").textContent()).resolves.toBe("3");

    await page.getByRole("link", { name: "Open the review queue" }).click();
    await page.waitForURL((u) => u.pathname === "/review");
    for (const title of [`Import test ${tag}: talks in Ottawa`, `Import test ${tag}: a call`, `Import test ${tag}: a visit to Seoul`]) {
      await expect(page.getByRole("link", { name: title, exact: true }).count()).resolves.toBe(1);
    }
    const events = await db.event.findMany({
      where: { titleEn: { startsWith: `Import test ${tag}` } },
      select: { state: true, parties: true },
    });
    expect(events).toHaveLength(3);
    expect(events.every((e) => e.state === "in_review")).toBe(true);
  });

  it("refuses a CSV with a bad date, naming the line and the reason, and writes nothing", async () => {
    const file = join(dir, `bad-${tag}.csv`);
    writeFileSync(
      file,
      [
        "key,type,date,title,summary,parties",
        `${tag}-ok,meeting,2025-03-07,Import test ${tag}: fine,Fine.,KR;CA`,
        `${tag}-bad,meeting,2025-13-45,Import test ${tag}: bad date,Bad.,KR;CA`,
      ].join("\n"),
    );
    const page = await browser().newPage();
    await signInAsAdmin(page);
    await page.goto(`${e2eApps().adminUrl}/import`);
    await page.getByLabel("File", { exact: true }).setInputFiles(file);
    await page.getByRole("button", { name: "Start the import" }).click();
    await page.waitForURL((u) => /^\/import\/imp-[0-9a-f]+$/.test(u.pathname));
    await page.locator("#import-status", { hasText: "Refused" }).waitFor({ timeout: 30_000 });
    const reason = await page.locator("ul.import-errors li").first().textContent();
    expect(reason).toContain(`bad-${tag}.csv, line 3`);
    expect(reason).toMatch(/date/);
    await expect(db.event.count({ where: { titleEn: { startsWith: `Import test ${tag}: fine` } } })).resolves.toBe(0);
  });

  it("has no WCAG 2.2 A/AA violation on the import page and a run's page, desktop and phone, and no sideways scroll at either width", async () => {
    // A run of this test's own: a one-row file, imported as drafts.
    const file = join(dir, `a11y-${tag}.csv`);
    writeFileSync(
      file,
      `key,type,date,title,summary,parties\n${tag}-a11y,meeting,2025-03-07,Import test ${tag}: a11y,Officials met.,KR;CA\n`,
    );
    const starter = await browser().newPage();
    await signInAsAdmin(starter);
    await starter.goto(`${e2eApps().adminUrl}/import`);
    await starter.getByLabel("File", { exact: true }).setInputFiles(file);
    await starter.getByRole("button", { name: "Start the import" }).click();
    await starter.waitForURL((u) => /^\/import\/imp-[0-9a-f]+$/.test(u.pathname));
    const run = { id: new URL(starter.url()).pathname.split("/").pop() };
    await starter.close();
    const found: string[] = [];
    for (const width of [1280, 390]) {
      const page = await browser().newPage();
      await page.setViewportSize({ width, height: 900 });
      await signInAsAdmin(page);
      for (const path of ["/import", `/import/${run.id}`]) {
        await page.goto(`${e2eApps().adminUrl}${path}`);
        const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
        found.push(...result.violations.map((v) => `${path} ${width}px: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`));
        const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (wide > 0) found.push(`${path} ${width}px: ${wide} px of sideways scroll`);
      }
      await page.close();
    }
    expect(found).toEqual([]);
  });
});
