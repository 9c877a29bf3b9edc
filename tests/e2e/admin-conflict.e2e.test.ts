/**
 * Two curators edit the same event in two browsers. The second save is refused because the first
 * saved first: the conflict screen shows both versions field by field, and the curator keeps one
 * field of each; both edits end up in the final revision. Nothing typed is lost to a reload: the
 * form draft and the conflict both come back from the browser's storage.
 */
import AxeBuilder from "@axe-core/playwright";
import { createPrismaClient, createRecord, type Db } from "@ties/db";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { e2eApps, launchBrowser, useBrowser } from "../support/browser";
import { type Account, createAccount, signInAs } from "../support/workbench-accounts";

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

describe("edit conflicts", () => {
  const browser = useBrowser();
  let second: Awaited<ReturnType<typeof launchBrowser>>;
  let db: Db;
  let id = "";
  let cleo: Account;
  let dana: Account;
  beforeAll(async () => {
    db = createPrismaClient(process.env.TIES_E2E_DATABASE_URL!, { max: 2 });
    second = await launchBrowser();
    cleo = await createAccount(db, "curator", "Cleo Conflict");
    dana = await createAccount(db, "curator", "Dana Conflict");
    const created = await createRecord(
      db,
      "event",
      {
        slug: `conflict-test-${Date.now()}`,
        type: "meeting",
        title: { en: "Conflict test: the first title" },
        date: "2026-09-14",
        parties: ["KR", "CA"],
        summary: { en: "Conflict test: the first summary." },
      },
      { actor: { id: null } },
    );
    id = created.id;
  });
  afterAll(async () => {
    await second?.close();
    await db?.$disconnect();
  });

  it("shows the conflict screen to the second saver, who keeps one field of each; both edits are saved", { timeout: 180_000 }, async () => {
    const edit = `${e2eApps().adminUrl}/records/event/${id}/edit`;
    const mine = await browser().newPage();
    await signInAs(mine, cleo);
    await mine.goto(edit);
    await mine.getByLabel("Title").fill("Conflict test: Cleo's title");
    await mine.getByLabel("Summary").fill("Conflict test: Cleo's summary.");

    // A reload keeps what was typed, with a notice and a way to discard it.
    await mine.reload();
    await mine.getByText("Restored the changes you had not saved").waitFor();
    await expect(mine.getByLabel("Title").inputValue()).resolves.toBe("Conflict test: Cleo's title");
    await expect(mine.getByRole("button", { name: "Discard these changes" }).isVisible()).resolves.toBe(true);

    // Meanwhile Dana, in another browser, changes both fields and saves first.
    const theirs = await second.context.newPage();
    await signInAs(theirs, dana);
    await theirs.goto(edit);
    await theirs.getByLabel("Title").fill("Conflict test: Dana's title");
    await theirs.getByLabel("Summary").fill("Conflict test: Dana's summary.");
    await theirs.getByRole("button", { name: "Save", exact: true }).click();
    await theirs.waitForURL((u) => u.pathname === `/records/event/${id}`);

    await mine.getByRole("button", { name: "Save", exact: true }).click();
    const heading = mine.getByRole("heading", { name: "Dana Conflict saved this record first" });
    await heading.waitFor();
    const screen = mine.locator("section.conflict");
    const text = (await screen.textContent()) ?? "";
    expect(text).not.toContain("@");
    const title = screen.getByRole("group", { name: "Title", exact: true });
    await expect(title.locator('[data-side="theirs"]').textContent()).resolves.toBe("Conflict test: Dana's title");
    await expect(title.locator('[data-side="mine"]').textContent()).resolves.toBe("Conflict test: Cleo's title");

    // The conflict survives a reload: the draft was kept on the revision it was made on.
    await mine.reload();
    await heading.waitFor();
    await mine.setViewportSize({ width: 390, height: 844 });
    expect(await violations(mine)).toEqual([]);
    expect(await mine.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await mine.getByRole("radio", { name: "Keep mine for Title" }).check();
    await mine.getByRole("radio", { name: "Take theirs for Summary" }).check();
    await mine.getByRole("button", { name: /^Save on top of revision/ }).click();
    await mine.waitForURL((u) => u.pathname === `/records/event/${id}`);

    const saved = await db.event.findUniqueOrThrow({ where: { id }, select: { title: true, summary: true, version: true } });
    expect(saved).toMatchObject({
      title: { en: "Conflict test: Cleo's title" },
      summary: { en: "Conflict test: Dana's summary." },
      version: 3,
    });
    const last = await db.revision.findFirstOrThrow({ where: { recordKind: "event", recordId: id }, orderBy: { version: "desc" } });
    expect(last.snapshot).toMatchObject({
      input: { title: { en: "Conflict test: Cleo's title" }, summary: { en: "Conflict test: Dana's summary." } },
    });
    // Saved, so no draft is left to offer back.
    const drafts = await mine.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("ties:record-draft:")));
    expect(drafts).toEqual([]);
    await mine.goto(edit);
    await mine.getByLabel("Title").waitFor();
    await expect(mine.getByText("Restored the changes you had not saved").count()).resolves.toBe(0);
  });
});
