/**
 * Public reads are answered from memory until the record changes, and never across a change:
 * a server's client (with its change listener) answers a repeated read without a statement, a
 * publish by another client makes the next read go to the database, and a failed read is
 * never kept. Admin reads always go to the database. The timeline's menus, slow at scale, answer
 * from their previous counts while the new ones load.
 */
import { attachRecordCache, cacheUntilChange, changeState, createPrismaClient, type Db, listenForRecordChanges } from "@ties/db";
import { createCitedEvent, createTestDatabase, type TestDatabase } from "@ties/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContextInner } from "./context";
import { createCaller } from "./root";

let t: TestDatabase;
let server: Db;
const sent: string[] = [];
const changes: ReturnType<typeof listenForRecordChanges>[] = [];
beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  server = createPrismaClient(t.url, { max: 2, onQuery: (sql) => sent.push(sql) });
  const heard = listenForRecordChanges(t.url);
  changes.push(heard);
  await heard.ready;
  attachRecordCache(server, cacheUntilChange(heard));
});
afterAll(async () => {
  for (const c of changes) await c.close();
  await server?.$disconnect();
  await t?.drop();
});

async function statements(run: () => Promise<unknown>): Promise<number> {
  sent.length = 0;
  await run();
  return sent.length;
}

/** Publishes a new event as another client would, and waits until the server's client has heard it. */
async function publishNewEvent(slug: string, type: "meeting" | "summit") {
  const heard = changes[0]!.version;
  const e = await createCitedEvent(t.db, {
    slug,
    type,
    title: { en: `Kept reads: ${slug}` },
    date: "2026-11-01",
    parties: ["KR", "CA"],
    summary: { en: "Met." },
  });
  await changeState(t.db, "event", e.id, "publish", { actor: { id: null }, baseVersion: e.version });
  for (let i = 0; i < 100 && changes[0]!.version === heard; i++) await new Promise((r) => setTimeout(r, 20));
  expect(changes[0]!.version).toBeGreaterThan(heard);
}

describe("public reads kept until the record changes", () => {
  it("answers a repeated read from memory, and reads again after another client publishes", async () => {
    const api = createCaller(createContextInner({ db: server, surface: "public" }));
    const first = await api.event.list({ limit: 5 });
    expect(await statements(() => api.event.list({ limit: 5 }))).toBe(0);
    expect(await api.event.list({ limit: 5 })).toEqual(first);
    // Another input is another answer.
    expect(await statements(() => api.event.list({ limit: 6 }))).toBeGreaterThan(0);

    await publishNewEvent("kept-reads-new", "meeting");
    const after = await api.event.list({ limit: 5 });
    expect(after.items.map((x) => x.slug)).toContain("kept-reads-new");
  });

  it("answers the menus from their previous counts while the new ones load, then with the new ones", async () => {
    const api = createCaller(createContextInner({ db: server, surface: "public" }));
    const summits = (o: Awaited<ReturnType<typeof api.event.filterOptions>>) => o.types.find((x) => x.value === "summit")?.count ?? 0;
    const before = summits(await api.event.filterOptions());
    await publishNewEvent("kept-menus-new-summit", "summit");
    // The first reader after the change is not kept waiting: it gets the counts from before it...
    expect(summits(await api.event.filterOptions())).toBe(before);
    // ...while they load once, and every reader after that gets the new ones.
    let now = before;
    for (let i = 0; i < 100 && now === before; i++) {
      await new Promise((r) => setTimeout(r, 20));
      now = summits(await api.event.filterOptions());
    }
    expect(now).toBe(before + 1);
    expect(await statements(() => api.event.filterOptions())).toBe(0);
  });

  it("never keeps a failed read, and never keeps an admin read", async () => {
    const api = createCaller(createContextInner({ db: server, surface: "public" }));
    await expect(api.event.byId({ id: "no-such-event" })).rejects.toThrow();
    expect(await statements(() => api.event.byId({ id: "no-such-event" }).catch(() => null))).toBeGreaterThan(0);
    const admin = createCaller(createContextInner({ db: server, surface: "admin" }));
    await admin.event.list({ limit: 5 }).catch(() => null);
    expect(await statements(() => admin.event.list({ limit: 5 }).catch(() => null))).toBeGreaterThan(0);
  });
});
