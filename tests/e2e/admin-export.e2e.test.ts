/**
 * The admin download of the whole record in a real browser: the admin follows the import page's
 * "Download the whole record" link to /export, and the file Chromium saves is the versioned JSON
 * Lines export, holding the seed record's events and agreements and as many of them as the
 * database has.
 */
import { readFileSync } from "node:fs";
import { createPrismaClient, type Db } from "@ties/db";
import { EXPORT_FORMAT, EXPORT_VERSION } from "@ties/db/ops";
import { seedRecord } from "@ties/db/seed";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAsAdmin } from "../support/admin-session";
import { e2eApps, useBrowser } from "../support/browser";

describe("admin export", () => {
  const browser = useBrowser();
  let db: Db;
  beforeAll(() => {
    db = createPrismaClient(process.env.TIES_E2E_DATABASE_URL!, { max: 2 });
  });
  afterAll(async () => db?.$disconnect());

  it("downloads the whole record as the versioned JSON export, with the seed record's events and agreements", async () => {
    const page = await browser().newPage();
    await signInAsAdmin(page);
    await page.goto(`${e2eApps().adminUrl}/import`);
    // Other test files write records meanwhile: the file holds at least what was there before the
    // download and at most what is there after it.
    const ids = async () => ({
      events: new Set((await db.event.findMany({ select: { id: true } })).map((e) => e.id)),
      agreements: new Set((await db.agreement.findMany({ select: { id: true } })).map((a) => a.id)),
    });
    const before = await ids();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download the whole record" }).click(),
    ]);
    expect(new URL(download.url()).pathname).toBe("/export");
    expect(download.suggestedFilename()).toMatch(/^ties-.*\.jsonl$/);
    const path = await download.path();
    const after = await ids();

    // Every line is JSON: a header naming the format and its version, the rows, a closing line.
    const lines = readFileSync(path, "utf8").trimEnd().split("\n");
    const parsed = lines.map((l) => JSON.parse(l) as { t?: string; r?: Record<string, unknown>; end?: boolean; rows?: number });
    expect(parsed[0]).toMatchObject({ format: EXPORT_FORMAT, version: EXPORT_VERSION });
    const last = parsed.at(-1)!;
    expect(last.end).toBe(true);
    const rows = parsed.slice(1, -1);
    expect(last.rows).toBe(rows.length);

    const inFile = (table: string) => rows.filter((r) => r.t === table).map((r) => r.r!);
    const events = inFile("Event");
    const agreements = inFile("Agreement");
    const eventIds = new Set(events.map((e) => String(e.id)));
    const agreementIds = new Set(agreements.map((a) => String(a.id)));
    for (const id of before.events) expect(eventIds.has(id)).toBe(true);
    for (const id of before.agreements) expect(agreementIds.has(id)).toBe(true);
    expect(events.length).toBeGreaterThanOrEqual(before.events.size);
    expect(events.length).toBeLessThanOrEqual(after.events.size);
    expect(agreements.length).toBeGreaterThanOrEqual(before.agreements.size);
    expect(agreements.length).toBeLessThanOrEqual(after.agreements.size);

    // The seed record (KR-CA) is all there, by slug.
    const eventSlugs = new Set(events.map((e) => e.slug));
    const agreementSlugs = new Set(agreements.map((a) => a.slug));
    expect(seedRecord.events.length).toBeGreaterThan(0);
    expect(seedRecord.agreements.length).toBeGreaterThan(0);
    expect(seedRecord.events.filter((e) => !eventSlugs.has(e.slug)).map((e) => e.slug)).toEqual([]);
    expect(seedRecord.agreements.filter((a) => !agreementSlugs.has(a.slug)).map((a) => a.slug)).toEqual([]);
    // Users travel without their password hashes.
    const accounts = inFile("account");
    expect(accounts.length).toBeGreaterThan(0);
    expect(accounts.filter((a) => a.password)).toEqual([]);
    await page.close();
  });
});
