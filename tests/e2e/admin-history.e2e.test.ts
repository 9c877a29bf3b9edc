/** A record's history in the admin app: field-level changes, and an editor restoring an earlier revision. */
import { createPrismaClient, createRecord, type Db, updateRecord } from "@ties/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAsAdmin } from "../support/admin-session";
import { e2eApps, useBrowser } from "../support/browser";

const draft = (title: string) => ({
  slug: "history-test-event",
  type: "phone_call",
  title: { en: title },
  date: "2026-10-20",
  summary: { en: "A call recorded to test history and restore." },
});

describe("record history", () => {
  const browser = useBrowser();
  let db: Db;
  let id = "";
  beforeAll(async () => {
    db = createPrismaClient(process.env.TIES_E2E_DATABASE_URL!, { max: 2 });
    const created = await createRecord(db, "event", draft("Original call title"), { actor: { id: null } });
    id = created.id;
    await updateRecord(db, "event", id, draft("Mistaken call title"), { actor: { id: null }, baseVersion: 1, reason: "Retitled" });
  });
  afterAll(async () => db?.$disconnect());

  it("shows what each revision changed and restores an earlier one as a new revision", async () => {
    const page = await browser().newPage();
    await signInAsAdmin(page);
    await page.goto(`${e2eApps().adminUrl}/records/event/${id}`);
    const change = page.locator(".field-changes div", { hasText: "Title (English)" }).first();
    await expect(change.locator("del").textContent()).resolves.toBe("Original call title");
    await expect(change.locator("ins").textContent()).resolves.toBe("Mistaken call title");

    await page.getByRole("button", { name: "Restore revision 1" }).click();
    await page.locator("output.notice", { hasText: "Revision 1 restored." }).waitFor();
    await expect(page.locator("h1").textContent()).resolves.toBe("Original call title");
    const row = await db.event.findUniqueOrThrow({ where: { id }, select: { titleEn: true, version: true } });
    expect(row).toEqual({ titleEn: "Original call title", version: 3 });
    await expect(page.locator(".history > li").count()).resolves.toBe(3);
  });

  it("answers an unknown record kind or id with the 404 page", async () => {
    const page = await browser().newPage();
    await signInAsAdmin(page);
    expect((await page.goto(`${e2eApps().adminUrl}/records/event/no-such-id`))?.status()).toBe(404);
    expect((await page.goto(`${e2eApps().adminUrl}/records/user/${id}`))?.status()).toBe(404);
  });
});
