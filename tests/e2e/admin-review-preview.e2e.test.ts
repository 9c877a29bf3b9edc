/**
 * Reviewing with a preview in a real browser: an editor reads a submitted event as the public
 * page will render it (labels and dates in words, its citations with quote, source and grade)
 * beside its field-level changes, sends it back with a comment; the curator reads the comment,
 * fixes the record and resubmits; the editor publishes it. And an old revision of a published
 * record is restored as a draft, its history showing what changed.
 */
import AxeBuilder from "@axe-core/playwright";
import { changeState, createPrismaClient, createRecord, type Db, updateRecord } from "@ties/db";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { e2eApps, useBrowser } from "../support/browser";
import { type Account, createAccount, signInAs } from "../support/workbench-accounts";

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const CITATION = {
  sourceId: "src-ankasam-2024-canada-korea-partnership",
  quote: "On 18 July 2024, South Korea and Canada’s top diplomats met",
  start: 2045,
  end: 2104,
};

const event = (slug: string, title: string, city?: string) => ({
  slug,
  type: "phone_call",
  title: { en: title },
  date: "2026-11-05",
  parties: ["KR", "CA"],
  ...(city ? { location: { city, countryCode: "CA" } } : {}),
  summary: { en: `${title}: a test record for the review preview.` },
});

describe("review with a preview", () => {
  const browser = useBrowser();
  let db: Db;
  let curator: Account;
  let editor: Account;
  let curatorId = "";
  const stamp = Date.now();
  beforeAll(async () => {
    db = createPrismaClient(process.env.TIES_E2E_DATABASE_URL!, { max: 2 });
    curator = await createAccount(db, "curator", "Casey Preview");
    editor = await createAccount(db, "editor", "Evan Preview");
    curatorId = (await db.user.findUniqueOrThrow({ where: { email: curator.email }, select: { id: true } })).id;
  });
  afterAll(async () => db?.$disconnect());

  it("sends a previewed submission back with a comment the curator reads, then publishes the fix", { timeout: 180_000 }, async () => {
    const title = `Preview test call ${stamp}`;
    const slug = `preview-test-call-${stamp}`;
    const actor = { id: curatorId };
    const r = await createRecord(db, "event", event(slug, title), { actor });
    await createRecord(db, "citation", { ...CITATION, target: { kind: "event", id: r.id } }, { actor });
    await changeState(db, "event", r.id, "submit", { actor, baseVersion: r.version });

    const page = await browser().newPage();
    await signInAs(page, editor);
    await page.goto(`${e2eApps().adminUrl}/review`);
    const item = page.locator("article.review-item", { hasText: title });
    const preview = item.getByRole("region", { name: `Public page preview of ${title}` });
    // Labels and dates in words, as the public page shows them; never the raw codes.
    const kicker = (await preview.locator(".kicker").textContent()) ?? "";
    expect(kicker).toContain("Phone call");
    expect(kicker).toContain("5 November 2026");
    expect(kicker).not.toContain("phone_call");
    await expect(preview.locator(".preview-title").textContent()).resolves.toBe(title);
    await expect(preview.locator("blockquote").first().textContent()).resolves.toContain(CITATION.quote);
    expect(await preview.textContent()).toMatch(/Grade [A-F] \(/);
    const diff = item.getByRole("region", { name: `Changes to ${title}` });
    await expect(diff.getByRole("heading").textContent()).resolves.toBe("New: never published");
    expect(await diff.locator("dt").allTextContents()).toContain("Title");

    // The review page at phone width: no sideways scroll, and no WCAG A/AA violations at either width.
    expect(await violations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await violations(page)).toEqual([]);

    await item.getByLabel(`Comment for the curator of ${title}`).fill("Say in which city the call was placed.");
    await item.getByRole("button", { name: `Send back ${title}` }).click();
    await page.locator("output.notice", { hasText: "Sent back to its curator." }).waitFor();

    // The curator reads the comment on the record and its edit page, fixes it and resubmits.
    await signInAs(page, curator);
    await page.goto(`${e2eApps().adminUrl}/records/event/${r.id}`);
    const note = page.getByRole("complementary", { name: "Sent back by an editor" });
    await expect(note.locator("blockquote").textContent()).resolves.toBe("Say in which city the call was placed.");
    expect(await note.textContent()).toContain("Evan Preview");
    await page.goto(`${e2eApps().adminUrl}/records/event/${r.id}/edit`);
    await expect(page.getByRole("complementary", { name: "Sent back by an editor" }).locator("blockquote").textContent()).resolves.toBe(
      "Say in which city the call was placed.",
    );
    await page.getByLabel("City").fill("Ottawa");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.waitForURL((u) => u.pathname === `/records/event/${r.id}`);
    await page.getByRole("button", { name: "Submit for review" }).click();
    await page.locator("output.notice", { hasText: "Submitted for review." }).waitFor();

    // The editor sees the fix in the preview and publishes.
    await signInAs(page, editor);
    await page.goto(`${e2eApps().adminUrl}/review`);
    expect(await item.textContent()).toContain("Ottawa");
    await item.getByRole("button", { name: `Publish ${title}` }).click();
    await page.locator("output.notice", { hasText: "Published." }).waitFor();
    const published = await page.goto(`${e2eApps().webUrl}/events/${slug}`);
    expect(published?.status()).toBe(200);
    await expect(page.locator("h1").textContent()).resolves.toBe(title);
  });

  it("restores an old revision of a published record as a draft, and the history shows what changed", { timeout: 120_000 }, async () => {
    const slug = `restore-test-call-${stamp}`;
    const actor = { id: curatorId };
    const r = await createRecord(db, "event", event(slug, "Restore test: the right title"), { actor });
    await createRecord(db, "citation", { ...CITATION, target: { kind: "event", id: r.id } }, { actor });
    const pub = await changeState(db, "event", r.id, "publish", { actor: { id: null }, baseVersion: r.version });
    const wrong = await updateRecord(db, "event", r.id, event(slug, "Restore test: a wrong title"), {
      actor: { id: null },
      baseVersion: pub.version,
    });
    expect(wrong.state).toBe("published");

    const page = await browser().newPage();
    await signInAs(page, editor);
    await page.goto(`${e2eApps().adminUrl}/records/event/${r.id}`);
    // Revision 2 only published the record: nothing to restore there.
    await expect(page.getByRole("button", { name: /^Restore revision 2/ }).count()).resolves.toBe(0);
    await page.getByRole("button", { name: "Restore revision 1 as a draft" }).click();
    await page.locator("output.notice", { hasText: "Revision 1 restored as a draft" }).waitFor();

    const row = await db.event.findUniqueOrThrow({ where: { id: r.id }, select: { titleEn: true, state: true, version: true } });
    expect(row).toEqual({ titleEn: "Restore test: the right title", state: "draft", version: wrong.version + 1 });
    const newest = page.locator(".history > li").first();
    expect(await newest.textContent()).toContain("Restored revision 1 as a draft");
    const change = newest.locator(".field-changes div", { hasText: "Title (English)" });
    await expect(change.locator("del").textContent()).resolves.toBe("Restore test: a wrong title");
    await expect(change.locator("ins").textContent()).resolves.toBe("Restore test: the right title");
    expect((await fetch(`${e2eApps().webUrl}/events/${slug}`)).status).toBe(404);
  });
});
