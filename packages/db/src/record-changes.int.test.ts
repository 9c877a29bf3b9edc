/**
 * A server's cached reads last until the record changes, whichever process changes it: a second
 * client publishing an event (as the admin app does) reaches the first through PostgreSQL's
 * notifications, only once its transaction commits.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "./client";
import { changeState, inTransaction } from "./curation";
import { eventFilterOptions } from "./queries/event-filter-options";
import {
  attachRecordCache,
  cacheUntilChange,
  listenForRecordChanges,
  parseRecordChange,
  type RecordChange,
  type RecordChanges,
} from "./record-changes";
import { createCitedEvent, createTestDatabase, type TestDatabase } from "./testing";

let t: TestDatabase;
let server: Db;
let changes: RecordChanges;
const sent: string[] = [];
const system = { actor: { id: null } };

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  server = createPrismaClient(t.url, { max: 2, onQuery: (sql) => sent.push(sql) });
  changes = listenForRecordChanges(t.url);
  await changes.ready;
  attachRecordCache(server, cacheUntilChange(changes));
});
afterAll(async () => {
  await changes?.close();
  await server?.$disconnect();
  await t?.drop();
});

async function until(check: () => boolean) {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(check()).toBe(true);
}

describe("filter menus cached until the record changes", () => {
  it("answers from memory until another client publishes, then reads again", async () => {
    expect(changes.listening).toBe(true);
    const before = await eventFilterOptions(server);
    sent.length = 0;
    expect(await eventFilterOptions(server)).toEqual(before);
    expect(sent).toHaveLength(0);

    // A change rolled back is never heard.
    const heard = changes.version;
    await inTransaction(t.db, async (tx) => {
      await tx.$executeRaw`UPDATE "Event" SET version = version`;
      throw new Error("roll back");
    }).catch(() => {});
    await new Promise((r) => setTimeout(r, 200));
    expect(changes.version).toBe(heard);

    const created = await createCitedEvent(t.db, {
      slug: "cached-menus-new-type",
      type: "summit",
      title: { en: "A summit the menus must show" },
      date: "2024-06-01",
      parties: ["KR", "CA"],
      summary: { en: "Leaders met." },
    });
    const summits = (o: Awaited<ReturnType<typeof eventFilterOptions>>) => o.types.find((x) => x.value === "summit")?.count ?? 0;
    // A draft and its citation change nothing public: nothing is heard, and the menus stay kept.
    await new Promise((r) => setTimeout(r, 300));
    expect(changes.version).toBe(heard);
    sent.length = 0;
    expect(summits(await eventFilterOptions(server))).toBe(summits(before));
    expect(sent).toHaveLength(0);

    const seen = changes.version;
    await changeState(t.db, "event", created.id, "publish", { ...system, baseVersion: 1 });
    await until(() => changes.version > seen);
    expect(summits(await eventFilterOptions(server))).toBe(summits(before) + 1);
  });

  it("reads from the database while it is not listening", async () => {
    const other = createPrismaClient(t.url, { max: 1, onQuery: (sql) => sent.push(sql) });
    const off = listenForRecordChanges(t.url);
    await off.ready;
    await off.close();
    attachRecordCache(other, cacheUntilChange(off));
    await eventFilterOptions(other);
    sent.length = 0;
    await eventFilterOptions(other);
    expect(sent.length).toBeGreaterThan(0);
    await other.$disconnect();
  });
});

describe("what a change says", () => {
  it("names the kind and ids a committed statement touched, the owning record for a part, and * for a bulk change", async () => {
    const heard: (RecordChange | "everything")[] = [];
    const stop = changes.subscribe((c) => heard.push(c));
    const event = await t.db.event.findFirstOrThrow({ where: { state: "published" }, select: { id: true } });
    const person = await t.db.person.findFirstOrThrow({ where: { state: "published" }, select: { id: true } });
    await t.db.$executeRaw`UPDATE "Event" SET version = version WHERE id = ${event.id}`;
    await t.db.$executeRaw`UPDATE "EventParticipant" SET side = side WHERE "eventId" = ${event.id}`;
    await t.db.$executeRaw`UPDATE "Person" SET version = version WHERE id = ${person.id}`;
    // A statement that touches nothing says nothing.
    await t.db.$executeRaw`UPDATE "Agreement" SET version = version WHERE id = 'no-such-agreement'`;
    await until(() => heard.length >= 3);
    await new Promise((r) => setTimeout(r, 100));
    expect(heard).toEqual([
      { kind: "event", ids: [event.id] },
      { kind: "event", ids: [event.id] },
      { kind: "person", ids: [person.id] },
    ]);

    heard.length = 0;
    const many = Array.from({ length: 101 }, (_, i) => `bulk-area-${i}`);
    await t.db
      .$executeRaw`INSERT INTO "Area" (id, slug, name, "updatedAt") SELECT s, s, '{"en":"x"}'::jsonb, now() FROM unnest(${many}::text[]) s`;
    await until(() => heard.length >= 1);
    expect(heard).toEqual([{ kind: "area", ids: "*" }]);
    stop();
  });

  it("says nothing of drafts, their parts and their citations, and names a record as it is published and unpublished", async () => {
    const heard: (RecordChange | "everything")[] = [];
    const stop = changes.subscribe((c) => heard.push(c));
    const person = await t.db.person.findFirstOrThrow({ where: { state: "published" }, select: { id: true } });
    const draft = await createCitedEvent(t.db, {
      slug: "unheard-draft-meeting",
      type: "meeting",
      title: { en: "A meeting still in draft" },
      date: "2024-07-01",
      parties: ["KR", "CA"],
      participants: [{ personId: person.id, side: "KR" }],
      summary: { en: "Officials met." },
    });
    await t.db.$executeRaw`UPDATE "EventParticipant" SET side = side WHERE "eventId" = ${draft.id}`;
    await t.db.$executeRaw`UPDATE "Event" SET version = version WHERE id = ${draft.id}`;
    await new Promise((r) => setTimeout(r, 300));
    expect(heard).toEqual([]);

    const submitted = await changeState(t.db, "event", draft.id, "submit", { ...system, baseVersion: 1 });
    await new Promise((r) => setTimeout(r, 200));
    expect(heard).toEqual([]);
    const published = await changeState(t.db, "event", draft.id, "publish", { ...system, baseVersion: submitted.version });
    await until(() => heard.length >= 1);
    expect(heard).toContainEqual({ kind: "event", ids: [draft.id] });

    heard.length = 0;
    await t.db.$executeRaw`UPDATE "EventParticipant" SET side = side WHERE "eventId" = ${draft.id}`;
    await until(() => heard.length >= 1);
    expect(heard).toEqual([{ kind: "event", ids: [draft.id] }]);

    heard.length = 0;
    await changeState(t.db, "event", draft.id, "unpublish", { ...system, baseVersion: published.version });
    await until(() => heard.length >= 1);
    expect(heard).toContainEqual({ kind: "event", ids: [draft.id] });
    stop();
  });

  it("reads payloads it knows and refuses the rest", () => {
    expect(parseRecordChange("claim a,b")).toEqual({ kind: "claim", ids: ["a", "b"] });
    expect(parseRecordChange("source *")).toEqual({ kind: "source", ids: "*" });
    for (const bad of ["", "event", "event ", "Event a", "event a,,b", undefined]) expect(parseRecordChange(bad)).toBeNull();
  });
});

describe("how much is kept", () => {
  it("keeps at most the given number of answers, dropping the least recently used", async () => {
    const heard = { version: 1, listening: true, ready: Promise.resolve(), subscribe: () => () => {}, close: async () => {} };
    const cached = cacheUntilChange(heard, 2);
    let loads = 0;
    const load = (v: string) => async () => {
      loads++;
      return v;
    };
    await cached("a", load("a"));
    await cached("b", load("b"));
    await cached("a", load("a")); // a is now the most recently used
    await cached("c", load("c")); // b goes
    expect(loads).toBe(3);
    await cached("a", load("a"));
    expect(loads).toBe(3);
    await cached("b", load("b"));
    expect(loads).toBe(4);
    // A change empties everything kept before it.
    heard.version++;
    await cached("b", load("b"));
    expect(loads).toBe(5);
  });
});
