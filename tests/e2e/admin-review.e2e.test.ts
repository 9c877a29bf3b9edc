/**
 * From review to the public site in a real browser: an editor publishes a submitted event from
 * the review queue and it appears on the public site; another is sent back to draft.
 */
import { changeState, createPrismaClient, type Db } from "@ties/db";
import { createCitedEvent } from "@ties/db/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { signInAsAdmin } from "../support/admin-session";
import { e2eApps, useBrowser } from "../support/browser";

const submitted = (slug: string, title: string) => ({
  slug,
  type: "meeting",
  title: { en: title },
  date: "2026-11-02",
  location: { city: "Ottawa", countryCode: "CA" },
  // Both parties of the tracked pair: an event the public site shows.
  parties: ["KR", "CA"],
  summary: { en: `${title}: a test record awaiting review.` },
});

describe("review queue", () => {
  const browser = useBrowser();
  let db: Db;
  beforeAll(async () => {
    db = createPrismaClient(process.env.TIES_E2E_DATABASE_URL!, { max: 2 });
    for (const [slug, title] of [
      ["queue-publish-me", "Queue test: publish me"],
      ["queue-send-me-back", "Queue test: send me back"],
    ] as const) {
      const r = await createCitedEvent(db, submitted(slug, title));
      await changeState(db, "event", r.id, "submit", { actor: { id: null }, baseVersion: r.version });
    }
  });
  afterAll(async () => db?.$disconnect());

  it("publishes one submission to the public site and sends the other back with its reason", async () => {
    const page = await browser().newPage();
    const before = await fetch(`${e2eApps().webUrl}/events/queue-publish-me`);
    expect(before.status).toBe(404);

    await signInAsAdmin(page);
    await page.getByRole("link", { name: "Review queue", exact: true }).click();
    await page.waitForURL((u) => u.pathname === "/review");
    await page.getByRole("button", { name: "Publish Queue test: publish me" }).click();
    await page.locator("output.notice", { hasText: "Published." }).waitFor();
    await expect(page.locator("article", { hasText: "Queue test: publish me" }).count()).resolves.toBe(0);

    const row = page.locator("article", { hasText: "Queue test: send me back" });
    await row.getByLabel("Comment for the curator of Queue test: send me back").fill("Needs a second source");
    await row.getByRole("button", { name: "Send back Queue test: send me back" }).click();
    await page.locator("output.notice", { hasText: "Sent back to its curator." }).waitFor();
    await expect(page.locator("article", { hasText: "Queue test: send me back" }).count()).resolves.toBe(0);
    // Notices are signed: a crafted address shows none.
    const forged = Buffer.from(JSON.stringify({ kind: "done", text: "Forged", at: Date.now() })).toString("base64url");
    await page.goto(`${e2eApps().adminUrl}/review?notice=${forged}.bm90LXNpZ25lZA`);
    await expect(page.locator("output.notice").count()).resolves.toBe(0);

    // The public site drops its kept 404 once it hears of the publish: at once, or a moment later under load.
    const url = `${e2eApps().webUrl}/events/queue-publish-me`;
    await vi.waitFor(async () => expect((await fetch(url)).status).toBe(200), { timeout: 5_000, interval: 50 });
    const published = await page.goto(url);
    expect(published?.status()).toBe(200);
    await expect(page.locator("h1").textContent()).resolves.toBe("Queue test: publish me");
    const sentBack = await db.event.findUniqueOrThrow({ where: { slug: "queue-send-me-back" }, select: { state: true, id: true } });
    expect(sentBack.state).toBe("draft");
    const last = await db.revision.findFirstOrThrow({
      where: { recordKind: "event", recordId: sentBack.id },
      orderBy: { version: "desc" },
    });
    expect(last.reason).toBe("Needs a second source");
  });
});
