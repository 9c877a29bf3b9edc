/**
 * A server's cached reads last until the record changes, whichever process changes it: a second
 * client publishing an event (as the admin app does) reaches the first through PostgreSQL's
 * notifications, only once its transaction commits.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "./client";
import { changeState, createRecord, inTransaction } from "./curation";
import { eventFilterOptions } from "./queries/event-filter-options";
import { attachRecordCache, cacheUntilChange, listenForRecordChanges, type RecordChanges } from "./record-changes";
import { createTestDatabase, type TestDatabase } from "./testing";

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

    const quote = await t.db.citation.findFirstOrThrow({
      where: { targetKind: "event" },
      select: { sourceId: true, quote: true, start: true, end: true },
    });
    const created = await createRecord(
      t.db,
      "event",
      {
        slug: "cached-menus-new-type",
        type: "summit",
        title: { en: "A summit the menus must show" },
        date: "2024-06-01",
        parties: ["KR", "CA"],
        summary: { en: "Leaders met." },
      },
      system,
    );
    await createRecord(t.db, "citation", { ...quote, target: { kind: "event", id: created.id, field: null } }, system);
    const summits = (o: Awaited<ReturnType<typeof eventFilterOptions>>) => o.types.find((x) => x.value === "summit")?.count ?? 0;
    await until(() => changes.version > heard);
    // A draft changes nothing public, but the menus are read again all the same.
    sent.length = 0;
    expect(summits(await eventFilterOptions(server))).toBe(summits(before));
    expect(sent.length).toBeGreaterThan(0);

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
