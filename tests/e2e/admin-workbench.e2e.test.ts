/**
 * The curator's day in a real browser against the built apps: a release is pasted, its
 * suggestions are reviewed at their spans (accepted, edited then accepted, rejected), the drafts
 * are submitted, an editor publishes them with what they need, and the public event page shows
 * the quote behind the event. A report of a meeting the record already holds becomes merges; a
 * French release goes through the same flow.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createCaller, createContextInner } from "@ties/api";
import { createPrismaClient, type Db } from "@ties/db";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { e2eApps, useBrowser } from "../support/browser";
import { type Account, createAccount, signInAs } from "../support/workbench-accounts";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "..", "fixtures", name), "utf8");

/** Counts what the curator does: clicks, fills and key presses. */
function actions(page: Page) {
  let count = 0;
  return {
    get count() {
      return count;
    },
    click: async (name: RegExp | string, role: "button" | "link" = "button") => {
      count++;
      await page
        .getByRole(role, { name, exact: typeof name === "string" })
        .first()
        .click();
    },
    fill: async (label: string, value: string, scope = page.locator("body")) => {
      count++;
      await scope.getByLabel(label, { exact: true }).fill(value);
    },
  };
}

const statusSays = (page: Page, text: string | RegExp) => page.locator(".status-line", { hasText: text }).waitFor();

/** Intake through the form: the title, date, publisher and language come from the top of the text. */
async function pasteSource(page: Page, act: ReturnType<typeof actions>, text: string): Promise<string> {
  await act.click("Add a source", "link");
  await page.waitForURL((u) => u.pathname === "/sources/new");
  await act.fill("Text", text);
  await act.click("Add the source");
  await page.waitForURL((u) => /^\/sources\/[^/]+$/.test(u.pathname) && u.pathname !== "/sources/new", { timeout: 30_000 });
  return new URL(page.url()).pathname.split("/").pop()!;
}

describe("the curator's workbench", () => {
  const browser = useBrowser();
  let db: Db;
  let curator: Account;
  let editor: Account;
  beforeAll(async () => {
    db = createPrismaClient(process.env.TIES_E2E_DATABASE_URL!, { max: 2 });
    curator = await createAccount(db, "curator", "curator");
    editor = await createAccount(db, "editor", "editor");
  });
  afterAll(async () => db?.$disconnect());

  it("takes a new release from pasted text to a published, quoted event in at most 10 curator actions", async () => {
    const text = fixture("workbench-new-meeting.txt");
    const page = await browser().newPage();
    await signInAs(page, curator);
    const act = actions(page);
    const started = Date.now();

    const sourceId = await pasteSource(page, act, text);
    const readerLoaded = Date.now() - started;
    // The suggestions are highlighted at their spans, by kind, with resolved dates beside the words.
    await expect(page.locator("mark.sg-event").count()).resolves.toBeGreaterThanOrEqual(1);
    await expect(page.locator("mark.sg-person").count()).resolves.toBeGreaterThanOrEqual(2);
    await expect(page.locator("mark.sg-agreement").count()).resolves.toBeGreaterThanOrEqual(1);
    await expect(page.locator("mark.sg-commitment").count()).resolves.toBe(1);
    await expect(page.locator("mark.sg-date", { hasText: "June 2027" }).textContent()).resolves.toContain("→ June 2027");
    const source = await db.source.findUniqueOrThrow({ where: { id: sourceId }, select: { title: true, text: true, publishedAt: true } });
    expect(source.title).toBe("Canada and the Republic of Korea sign memorandum of understanding on critical minerals");
    // Stored as read: outer blank lines trimmed, so offsets point into exactly this text.
    expect(source.text).toBe(text.trim());

    await act.click(/^Accept event meeting on 14 October 2026/);
    await statusSays(page, "Accepted: a draft event was created.");
    await act.click(/^Accept agreement Memorandum of Understanding on Critical Minerals/);
    await statusSays(page, "Accepted: a draft agreement was created.");
    await act.click(/^Edit then accept commitment/);
    const editor_ = page.locator(".editor");
    await act.fill("Text", "Hold the first critical minerals dialogue by June 2027.", editor_);
    await act.click("Save and accept");
    await statusSays(page, "Accepted: a draft commitment was created.");
    await act.click(/^Reject agreement Comprehensive Strategic Partnership/);
    await statusSays(page, "Rejected.");
    await act.click(/^Submit for review/);
    await statusSays(page, /Submitted for review: \d+ records/);
    expect(act.count).toBeLessThanOrEqual(10);

    // The reader's load time, measured on a fresh visit (server render of text and suggestions).
    const visit = Date.now();
    await page.goto(`${e2eApps().adminUrl}/sources/${sourceId}`);
    await page.locator("mark.sg-event").first().waitFor();
    const readerLoad = Date.now() - visit;

    // The event: a draft with both officials as participants and a citation at the right span.
    const suggestions = await db.suggestion.findMany({
      where: { sourceId },
      select: { kind: true, status: true, start: true, end: true, recordId: true, text: true, payload: true, reason: true },
    });
    const event = suggestions.find((s) => s.kind === "event" && s.status === "accepted")!;
    const eventRow = await db.event.findUniqueOrThrow({
      where: { id: event.recordId! },
      select: { slug: true, state: true, participants: { select: { person: { select: { name: true } } } } },
    });
    expect(eventRow.state).toBe("in_review");
    expect(eventRow.participants.map((p) => p.person.name).sort()).toEqual(["Anita Anand", "Cho Hyun"]);
    const [citation] = await db.citation.findMany({ where: { targetKind: "event", targetId: event.recordId!, sourceId } });
    expect(citation).toBeDefined();
    expect(text.slice(citation!.start, citation!.end)).toBe(citation!.quote);
    expect(citation!.start).toBeGreaterThanOrEqual(event.start);
    expect(citation!.end).toBeLessThanOrEqual(event.end);
    const commitment = suggestions.find((s) => s.kind === "commitment")!;
    const commitmentRow = await db.commitment.findUniqueOrThrow({
      where: { id: commitment.recordId! },
      select: { textEn: true, due: true, eventId: true },
    });
    expect(commitmentRow.textEn).toBe("Hold the first critical minerals dialogue by June 2027.");
    expect(commitmentRow.eventId).toBe(event.recordId);
    expect(suggestions.find((s) => s.kind === "agreement" && s.text.startsWith("Comprehensive"))?.status).toBe("rejected");

    // An editor publishes the event; it needs its source and its people, published along with it.
    await signInAs(page, editor);
    await page.goto(`${e2eApps().adminUrl}/review`);
    const title = (await db.event.findUniqueOrThrow({ where: { id: event.recordId! }, select: { titleEn: true } })).titleEn;
    await page.getByRole("button", { name: `Publish ${title}`, exact: true }).click();
    await page.getByRole("button", { name: "Publish with what it needs" }).click();
    await page.locator("output.notice", { hasText: /^Published, with / }).waitFor();
    await expect(page.locator("output.notice").textContent()).resolves.toContain("Anita Anand");

    const publicPage = await page.goto(`${e2eApps().webUrl}/events/${eventRow.slug}`);
    expect(publicPage?.status()).toBe(200);
    await expect(page.locator("blockquote", { hasText: citation!.quote.slice(0, 60) }).count()).resolves.toBeGreaterThanOrEqual(1);
    console.info(`workbench: ${act.count} curator actions; intake to reader ${readerLoaded} ms; reader load ${readerLoad} ms`);
    await page.close();
  });

  it("offers a report of a meeting the record holds as merges and cites the existing event", async () => {
    const text = fixture("workbench-known-meeting.txt");
    const eventsBefore = await db.event.count();
    const citationsBefore = await db.citation.count({ where: { targetKind: "event", targetId: "evt-2024-07-18-cho-joly-meeting" } });
    const page = await browser().newPage();
    await signInAs(page, curator);
    const act = actions(page);
    await pasteSource(page, act, text);
    // The event and both known people are offered as merges, with the existing record beside the suggestion.
    const merges = page.locator("table.merge");
    await expect(merges.filter({ hasText: "Foreign ministers Cho and Joly" }).count()).resolves.toBe(1);
    await expect(merges.filter({ hasText: "Mélanie Joly" }).count()).resolves.toBeGreaterThanOrEqual(1);
    await expect(merges.filter({ hasText: "Cho Tae-yul" }).count()).resolves.toBeGreaterThanOrEqual(1);
    await act.click(/^Accept all people/);
    await statusSays(page, /Accepted 2 suggestions/);
    await act.click(/^Merge event meeting on 18 July 2024/);
    await statusSays(page, "Accepted: a citation was added to the event.");
    expect(await db.event.count()).toBe(eventsBefore);
    expect(await db.citation.count({ where: { targetKind: "event", targetId: "evt-2024-07-18-cho-joly-meeting" } })).toBe(
      citationsBefore + 1,
    );
    // Each accepted person can be undone until the drafts are submitted.
    await act.click(/^Undo accepting Cho Tae-yul/);
    await statusSays(page, "Undone");
    await page.getByRole("button", { name: /^Merge person Cho Tae-yul/ }).waitFor();
    await page.close();
  });

  it("takes a French release through the same flow", async () => {
    const text = fixture("workbench-french-meeting.txt");
    const page = await browser().newPage();
    await signInAs(page, curator);
    const act = actions(page);
    await act.click("Add a source", "link");
    await act.fill("Text", text);
    await expect(page.getByLabel("Language").inputValue()).resolves.toBe("fr");
    await expect(page.getByLabel("Publication date").inputValue()).resolves.toBe("2026-11-03");
    await act.click("Add the source");
    await page.waitForURL((u) => /^\/sources\/[^/]+$/.test(u.pathname) && u.pathname !== "/sources/new", { timeout: 30_000 });
    const sourceId = new URL(page.url()).pathname.split("/").pop()!;
    await act.click(/^Accept event meeting on 3 November 2026/);
    await statusSays(page, "Accepted: a draft event was created.");
    await act.click(/^Accept commitment/);
    await statusSays(page, "Accepted: a draft commitment was created.");
    await act.click(/^Submit for review/);
    await statusSays(page, /Submitted for review/);
    const event = await db.suggestion.findFirstOrThrow({ where: { sourceId, kind: "event" }, select: { recordId: true } });
    const row = await db.event.findUniqueOrThrow({ where: { id: event.recordId! }, select: { summary: true, state: true } });
    expect(row.state).toBe("in_review");
    expect((row.summary as { fr?: string }).fr).toContain("Anita Anand");
    await page.close();
  });

  it("shows the API's messages next to the fields and keeps what was typed", async () => {
    const page = await browser().newPage();
    await signInAs(page, curator);
    await page.goto(`${e2eApps().adminUrl}/sources/new`);
    await page.getByLabel("Text", { exact: true }).fill("Just a few words with no title line");
    await page.getByLabel("Title").fill("");
    await page.getByLabel("Address (URL)").fill("javascript:alert(1)");
    await page.getByRole("button", { name: "Add the source" }).click();
    await page.locator("#url-error", { hasText: "Links must be http:// or https:// addresses" }).waitFor();
    await expect(page.getByLabel("Text", { exact: true }).inputValue()).resolves.toBe("Just a few words with no title line");
    await expect(page.getByLabel("Address (URL)").inputValue()).resolves.toBe("javascript:alert(1)");
    await page.close();
  });

  it("cites words selected in the reader on one of the source's drafts, and edits that draft from its record page", async () => {
    const text =
      "Seoul, December 2, 2026 - Canada's Minister of Foreign Affairs, Anita Anand, met the Republic of Korea's Minister of Foreign Affairs, Cho Hyun, in Seoul on December 2, 2026. The ministers discussed shipbuilding and critical minerals.";
    const user = await db.user.findUniqueOrThrow({ where: { email: curator.email }, select: { id: true, email: true, name: true } });
    const api = createCaller(createContextInner({ db, user: { ...user, role: "curator" }, surface: "admin" }));
    const intake = await api.source.intake({
      text,
      title: "Citation check",
      publisher: "Global Affairs Canada",
      publishedAt: "2026-12-02",
      language: "en",
    });
    const event = intake.suggestions.find((x) => x.kind === "event")!;
    const accepted = await api.suggestion.accept({ id: event.id, mode: "new" });

    const page = await browser().newPage();
    await signInAs(page, curator);
    await page.goto(`${e2eApps().adminUrl}/sources/${intake.source.id}`);
    const phrase = "discussed shipbuilding and critical minerals";
    // Select the words as a reader would, across whatever highlights they contain.
    await page.evaluate((words) => {
      const root = document.querySelector(".reader-text")!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      while (walker.nextNode())
        if ((walker.currentNode.parentElement as HTMLElement).closest("[data-offset]")) nodes.push(walker.currentNode as Text);
      const whole = nodes.map((n) => n.data).join("");
      const from = whole.indexOf(words);
      const to = from + words.length;
      let at = 0;
      const range = document.createRange();
      for (const n of nodes) {
        if (from >= at && from <= at + n.length) range.setStart(n, from - at);
        if (to >= at && to <= at + n.length) {
          range.setEnd(n, to - at);
          break;
        }
        at += n.length;
      }
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
    }, phrase);
    await page.locator(".reader-text").dispatchEvent("mouseup");
    await page.getByLabel("Cite for").selectOption(`event:${accepted.id}`);
    await page.getByRole("button", { name: "Cite", exact: true }).click();
    await statusSays(page, "Cited.");
    const cited = await db.citation.findFirstOrThrow({
      where: { sourceId: intake.source.id, targetKind: "event", targetId: accepted.id, quote: phrase },
    });
    expect(cited.start).toBe(text.indexOf(phrase));
    expect(cited.end).toBe(text.indexOf(phrase) + phrase.length);

    await page.goto(`${e2eApps().adminUrl}/records/event/${accepted.id}`);
    await page.getByRole("link", { name: "Edit", exact: true }).click();
    await page.getByLabel("Title", { exact: true }).fill("Foreign ministers Anand and Cho meet in Seoul");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.waitForURL((u) => u.pathname === `/records/event/${accepted.id}`);
    await page.locator("h1", { hasText: "Foreign ministers Anand and Cho meet in Seoul" }).waitFor();
    const row = await db.event.findUniqueOrThrow({ where: { id: accepted.id }, select: { titleEn: true, version: true } });
    expect(row.titleEn).toBe("Foreign ministers Anand and Cho meet in Seoul");
    await page.close();
  });
});
