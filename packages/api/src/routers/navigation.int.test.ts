/**
 * The admin app's navigation reads against a real database: the curator's dashboard (drafts,
 * sends-back with the editor's comment, the queue's size), the audit log's filters and keyset
 * paging, and records found by their slug.
 */
import { createTestDatabase, type TestDatabase } from "@ties/db/testing";
import type { AuditListInput } from "@ties/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUserWithPassword } from "../auth";
import { createContextInner, type SessionUser } from "../context";
import { createCaller } from "../root";

let t: TestDatabase;
let curator: SessionUser;
let other: SessionUser;
let editor: SessionUser;
const as = (user: SessionUser) => createCaller(createContextInner({ db: t.db, user, surface: "admin" }));

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  const make = async (role: "curator" | "editor", name: string) => {
    const email = `${name.toLowerCase().replace(/\W+/g, "-")}@navigation.test`;
    const id = await createUserWithPassword(t.db, { email, name, password: "a-long-test-password", role });
    return { id, email, name, role };
  };
  curator = await make("curator", "Min-ji Curator");
  other = await make("curator", "Other Curator");
  editor = await make("editor", "Claire Editor");
});
afterAll(async () => t?.drop());

let seq = 0;
const eventData = (title: string) => ({
  slug: `navigation-test-${++seq}`,
  type: "meeting" as const,
  title: { en: title },
  date: "2025-06-0" + ((seq % 9) + 1),
  summary: { en: "A meeting written by the navigation tests." },
});

/** Every entry of the log for `input`, page by page. */
async function everyPage(user: SessionUser, input: Omit<AuditListInput, "limit" | "cursor">, limit: number) {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 200; pages++) {
    const page = await as(user).audit.list({ ...input, limit, cursor });
    ids.push(...page.items.map((e) => e.id));
    cursor = page.nextCursor;
    if (!cursor) return ids;
  }
  throw new Error("the log never ended");
}

describe("dashboard", () => {
  it("shows the curator's drafts, what an editor sent back with the comment, and the queue's size", async () => {
    const before = await as(curator).dashboard.mine({});
    const draft = await as(curator).event.create({ data: eventData("Dashboard draft meeting") });
    const sent = await as(curator).event.create({ data: eventData("Dashboard sent-back meeting") });
    const submitted = await as(curator).event.submit({ id: sent.id, baseVersion: sent.version });
    await as(editor).event.reject({ id: sent.id, baseVersion: submitted.version, reason: "Cite the joint statement for the date" });
    const waiting = await as(curator).event.create({ data: eventData("Dashboard waiting meeting") });
    await as(curator).event.submit({ id: waiting.id, baseVersion: waiting.version });
    const theirs = await as(other).event.create({ data: eventData("Someone else's meeting") });

    const mine = await as(curator).dashboard.mine({});
    expect(mine.myDrafts.map((d) => d.id)).toContain(draft.id);
    expect(mine.myDrafts.map((d) => d.id)).not.toContain(sent.id);
    expect(mine.myDrafts.map((d) => d.id)).not.toContain(theirs.id);
    expect(mine.myDrafts.map((d) => d.id)).not.toContain(waiting.id);
    const back = mine.sentBack.find((s) => s.id === sent.id);
    expect(back).toMatchObject({
      kind: "event",
      label: "Dashboard sent-back meeting",
      comment: "Cite the joint statement for the date",
      sentBackBy: "Claire Editor",
    });
    expect(mine.reviewCount).toBe(before.reviewCount + 1);
    expect(mine.recentActivity[0]?.recordId).toBe(theirs.id);
    expect(mine.recentSources.length).toBeGreaterThan(0);

    // Resubmitting takes the item off the sent-back list; the other curator sees none of it.
    const again = await as(curator).event.adminById({ id: sent.id });
    await as(curator).event.submit({ id: sent.id, baseVersion: again.version });
    expect((await as(curator).dashboard.mine({})).sentBack.map((s) => s.id)).not.toContain(sent.id);
    const others = await as(other).dashboard.mine({});
    expect(others.sentBack).toEqual([]);
    expect(others.myDrafts.map((d) => d.id)).toEqual([theirs.id]);
  });
});

describe("audit log", () => {
  it("pages through every entry exactly once, newest first, and filters narrow it", async () => {
    for (let i = 0; i < 4; i++) await as(other).person.create({ data: { slug: `audit-person-${i}`, name: `Audit Person ${i}` } });
    const all = await everyPage(curator, {}, 100);
    const byThree = await everyPage(curator, {}, 3);
    expect(byThree).toEqual(all);
    expect(new Set(byThree).size).toBe(byThree.length);
    expect(all.length).toBe(await t.db.auditEntry.count());

    const people = await everyPage(curator, { kind: "person", actor: other.id }, 2);
    expect(people.length).toBe(4);
    const view = await as(curator).audit.list({ kind: "person", actor: other.id, limit: 10 });
    expect(view.items.map((e) => e.record?.slug)).toEqual(["audit-person-3", "audit-person-2", "audit-person-1", "audit-person-0"]);
    expect(view.items.every((e) => e.actorName === "Other Curator" && e.action === "create" && e.version === 1)).toBe(true);

    const oneRecord = await as(curator).audit.list({ record: "audit-person-2", limit: 10 });
    expect(oneRecord.items.map((e) => e.record?.label)).toEqual(["Audit Person 2"]);
    expect((await as(curator).audit.list({ action: "reject", kind: "event", limit: 50 })).items.map((e) => e.reason)).toContain(
      "Cite the joint statement for the date",
    );
    expect((await as(curator).audit.list({ from: "2999-01-01", limit: 5 })).items).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await as(curator).audit.list({ from: today, to: today, kind: "person", actor: other.id, limit: 10 })).items.length).toBe(4);
    expect((await as(curator).audit.list({ to: "2000-01-01", actor: other.id, limit: 10 })).items).toEqual([]);
    expect((await as(curator).audit.actors()).map((a) => a.name)).toEqual(expect.arrayContaining(["Min-ji Curator", "Other Curator"]));
  });

  it("refuses a cursor it did not make", async () => {
    await expect(as(curator).audit.list({ cursor: "not-a-cursor", limit: 5 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("records by slug", () => {
  it("reads a record for curators by its slug as well as its id", async () => {
    const created = await as(curator).event.create({ data: { ...eventData("Found by its slug"), slug: "found-by-its-slug" } });
    const bySlug = await as(curator).event.adminById({ id: "found-by-its-slug" });
    expect(bySlug.id).toBe(created.id);
    expect((await as(curator).event.adminById({ id: created.id })).id).toBe(created.id);
    const source = await t.db.source.findFirstOrThrow({ select: { id: true, slug: true } });
    expect((await as(curator).source.workbench({ id: source.slug })).id).toBe(source.id);
  });
});

describe("list filters the admin lists use", () => {
  /** Every item of a list, page by page. */
  async function all<T extends { id: string }>(read: (cursor: string | null) => Promise<{ items: T[]; nextCursor: string | null }>) {
    const items: T[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 500; pages++) {
      const page = await read(cursor);
      items.push(...page.items);
      cursor = page.nextCursor;
      if (!cursor) return items;
    }
    throw new Error("the list never ended");
  }

  it("claims: words of the statement narrow the list, and paging returns each claim once", async () => {
    const every = await all((cursor) => as(curator).claim.adminList({ limit: 100, cursor }));
    const byTwo = await all((cursor) => as(curator).claim.adminList({ limit: 2, cursor }));
    expect(byTwo.map((c) => c.id)).toEqual(every.map((c) => c.id));
    const word = every[0]!.statement.split(/\s+/).find((w) => /^[A-Za-z]{6,}$/.test(w))!;
    const found = await all((cursor) => as(curator).claim.adminList({ q: word.toUpperCase(), limit: 2, cursor }));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((c) => c.statement.toLowerCase().includes(word.toLowerCase()))).toBe(true);
    expect(found.length).toBe(every.filter((c) => c.statement.toLowerCase().includes(word.toLowerCase())).length);
  });

  it("commitments and areas: words narrow the list", async () => {
    const commitments = await all((cursor) => as(curator).commitment.adminList({ limit: 3, cursor }));
    const word = commitments[0]!.text.en.split(/\s+/).find((w) => /^[A-Za-z]{6,}$/.test(w))!;
    const found = await all((cursor) => as(curator).commitment.adminList({ q: word, limit: 3, cursor }));
    expect(found.map((c) => c.id)).toEqual(
      commitments.filter((c) => c.text.en.toLowerCase().includes(word.toLowerCase())).map((c) => c.id),
    );
    const areas = await all((cursor) => as(curator).area.adminList({ limit: 3, cursor }));
    const name = areas[0]!.name.en.split(/\s+/)[0]!;
    const named = await all((cursor) => as(curator).area.adminList({ q: name, limit: 3, cursor }));
    expect(named.map((a) => a.id)).toContain(areas[0]!.id);
    expect(named.length).toBeLessThan(areas.length);
    expect((await as(curator).area.adminList({ q: "no-such-area-anywhere", limit: 5 })).items).toEqual([]);
  });

  it("sources: a publication-date range narrows the list, and paging within it returns each source once", async () => {
    const every = await all((cursor) => as(curator).source.adminList({ limit: 100, cursor }));
    const inside = (s: (typeof every)[number]) => !!s.publishedAt?.startsWith("2024");
    const ranged = await all((cursor) => as(curator).source.adminList({ from: "2024-01-01", to: "2024-12-31", limit: 2, cursor }));
    expect(ranged.length).toBeGreaterThan(0);
    expect(ranged.length).toBeLessThan(every.length);
    expect(new Set(ranged.map((s) => s.id)).size).toBe(ranged.length);
    expect(ranged.every((s) => s.publishedAt?.startsWith("2024"))).toBe(true);
    expect(ranged.length).toBe(every.filter(inside).length);
  });
});
