/**
 * Imports of the real HistoryAtState datasets into real PostgreSQL: counts against the XML,
 * idempotent re-import, an edited copy updating only what changed, refused files writing
 * nothing, an import killed with SIGKILL and re-run, and export -> restore -> export. (The tracked
 * pairs deciding what the public sees of an import: tests/api/imported-pairs.int.test.ts.)
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { activitySummaryDrift, eventFacetDrift } from "@ties/db";
import { exportDatabase, restoreDatabase } from "@ties/db/ops";
import { createTestDatabase, type TestDatabase } from "@ties/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runImport } from "./run-import";

const DATA = join(import.meta.dirname, "../../../../shared/data/historyatstate");
const VISITS_2020 = join(DATA, "visits/2020.xml");
const BIDEN = join(DATA, "travels/president-travels/biden-joseph-r.xml");
const present = existsSync(VISITS_2020) && existsSync(BIDEN);
const tmp = mkdtempSync(join(tmpdir(), "ties-import-"));
const count = (file: string, tag: string) => (readFileSync(file, "utf8").match(new RegExp(`<${tag}[\\s>]`, "g")) ?? []).length;

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
  rmSync(tmp, { recursive: true, force: true });
});

const events = (prefix: string) => t.db.externalKey.count({ where: { recordKind: "event", externalId: { startsWith: prefix } } });

describe.skipIf(!present)("HistoryAtState (needs ../shared/data/historyatstate)", () => {
  it("imports the 2020 visits: one event per visit, between the visitor's country and the United States, citing the dataset", async () => {
    const s = await runImport(t.db, VISITS_2020);
    expect(s.status).toBe("completed");
    const visits = count(VISITS_2020, "visit");
    expect(s.rows).toBe(visits);
    expect(await events("visit:")).toBe(visits);
    const greece = await t.db.event.findFirstOrThrow({
      where: { slug: { startsWith: "visit-2991-" } },
      include: { participants: { include: { person: true, position: true } } },
    });
    expect(greece).toMatchObject({ parties: ["GR", "US"], date: "2020-01-07", type: "visit", ploverCode: "CONSULT", state: "draft" });
    expect(greece.participants[0]).toMatchObject({
      side: "GR",
      person: { name: "Kyriakos Mitsotakis" },
      position: { role: "prime-minister" },
    });
    const cited = await t.db.citation.findFirstOrThrow({ where: { targetKind: "event", targetId: greece.id }, include: { source: true } });
    expect(cited.quote).toBe("HistoryAtState/visits record 2991");
    expect(cited.source.title).toContain("CC0");
    const audit = await t.db.auditEntry.findFirstOrThrow({ where: { recordKind: "event", recordId: greece.id } });
    expect(audit.details).toMatchObject({ importId: s.importId });
  });

  it("imports one president's travels", async () => {
    const s = await runImport(t.db, BIDEN);
    expect(s.status).toBe("completed");
    expect(await events("trip:president:")).toBe(count(BIDEN, "trip"));
    const trip = await t.db.event.findFirstOrThrow({ where: { slug: { startsWith: "trip-president-" } } });
    expect(trip.parties[0]).toBe("US");
    expect(trip.parties).toHaveLength(2);
  });

  it("changes nothing when the same file is imported again", async () => {
    const before = await t.db.revision.count();
    const s = await runImport(t.db, VISITS_2020);
    expect(s).toMatchObject({ created: 0, updated: 0 });
    expect(s.unchanged).toBe(s.records);
    expect(await t.db.revision.count()).toBe(before);
  });

  it("updates only the changed record from an edited copy, as a revision naming the import", async () => {
    const edited = join(tmp, "2020-edited.xml");
    writeFileSync(
      edited,
      readFileSync(VISITS_2020, "utf8").replace(
        "<description>Official Working Visit.</description>",
        "<description>Official Working Visit, revised.</description>",
      ),
    );
    const s = await runImport(t.db, edited);
    expect(s).toMatchObject({ status: "completed", created: 0, updated: 1 });
    const e = await t.db.event.findFirstOrThrow({ where: { slug: { startsWith: "visit-2991-" } } });
    expect(e.version).toBe(2);
    const rev = await t.db.revision.findFirstOrThrow({ where: { recordKind: "event", recordId: e.id, version: 2 } });
    expect(rev.reason).toContain(s.importId!);
  });

  it("refuses a malformed XML file with its line and column, writing nothing", async () => {
    const bad = join(tmp, "broken.xml");
    writeFileSync(
      bad,
      readFileSync(VISITS_2020, "utf8").replace(
        "<visitor>Prime Minister Benjamin Netanyahu</visitor>",
        "<visitor>Prime Minister Benjamin Netanyahu</visiter>",
      ),
    );
    const [events0, runs0] = [await t.db.event.count(), await t.db.importRun.count()];
    const s = await runImport(t.db, bad);
    expect(s.status).toBe("refused");
    // The second visit's <visitor> is on line 19 of the file.
    expect(s.refused[0]).toMatchObject({ file: bad, line: 19 });
    expect(s.refused[0]!.column).toBeGreaterThan(0);
    expect(s.refused[0]!.reason).toMatch(/visiter|visitor|tag/i);
    expect([await t.db.event.count(), await t.db.importRun.count()]).toEqual([events0, runs0]);
  });
});

describe("CSV", () => {
  const header = "key,type,date,title,summary,parties,city,country\n";
  it("imports events from a CSV with a header row", async () => {
    const file = join(tmp, "events.csv");
    writeFileSync(
      file,
      `${header}k1,meeting,2025-03-07,Talks in Ottawa,Officials met.,KR;CA,Ottawa,CA\nk2,phone_call,2025-04,A call,"They spoke, briefly.",KR CA,,\n`,
    );
    const s = await runImport(t.db, file);
    expect(s).toMatchObject({ status: "completed", rows: 2, created: 2 });
    expect(await t.db.event.findFirstOrThrow({ where: { slug: "k1-talks-in-ottawa" } })).toMatchObject({
      parties: ["KR", "CA"],
      precision: "day",
    });
  });

  it("refuses a CSV with a bad date, naming the line and the reason, writing nothing", async () => {
    const file = join(tmp, "bad-date.csv");
    writeFileSync(file, `${header}k3,meeting,2025-03-07,Fine,Fine.,KR;CA,,\nk4,meeting,2025-13-45,Bad,Bad.,KR;CA,,\n`);
    const before = await t.db.event.count();
    const s = await runImport(t.db, file);
    expect(s.status).toBe("refused");
    expect(s.refused).toHaveLength(1);
    expect(s.refused[0]).toMatchObject({ file, line: 3 });
    expect(s.refused[0]!.reason).toMatch(/date/);
    expect(await t.db.event.count()).toBe(before);
  });
});

describe("CSV of people, organisations and agreements", () => {
  it("imports each kind, told apart by its header row", async () => {
    const people = join(tmp, "people.csv");
    writeFileSync(people, "key,name,country,variants\np1,Cho Tae-yul,KR,Cho Taeyul;조태열\np2,Mélanie Joly,CA,\n");
    const orgs = join(tmp, "organisations.csv");
    writeFileSync(orgs, "key,name,name_fr,kind,country\no1,Global Affairs Canada,Affaires mondiales Canada,ministry,CA\n");
    const agreements = join(tmp, "agreements.csv");
    writeFileSync(
      agreements,
      'key,name,kind,parties,summary\na1,Canada-Korea Free Trade Agreement,fta,KR;CA,"Signed in 2014, in force 2015."\n',
    );
    for (const [file, rows] of [
      [people, 2],
      [orgs, 1],
      [agreements, 1],
    ] as const) {
      expect(await runImport(t.db, file)).toMatchObject({ status: "completed", rows, created: rows });
    }
    expect(await t.db.person.findFirstOrThrow({ where: { slug: "p1-cho-tae-yul" } })).toMatchObject({ countryCode: "KR", state: "draft" });
    expect(await t.db.organization.findFirstOrThrow({ where: { slug: "o1-global-affairs-canada" } })).toMatchObject({
      name: { en: "Global Affairs Canada", fr: "Affaires mondiales Canada" },
      kind: "ministry",
    });
    expect(await t.db.agreement.findFirstOrThrow({ where: { slug: "a1-canada-korea-free-trade-agreement" } })).toMatchObject({
      parties: ["KR", "CA"],
    });
    // Again: nothing changes.
    expect(await runImport(t.db, people)).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  });

  it("refuses a row that breaks its kind's rules, with the line and the reason", async () => {
    const file = join(tmp, "bad-organisations.csv");
    writeFileSync(file, "key,name,kind\no2,Fine Agency,agency\no3,Odd Body,not-a-kind\n");
    const s = await runImport(t.db, file);
    expect(s.status).toBe("refused");
    expect(s.refused[0]).toMatchObject({ file, line: 3 });
    expect(s.refused[0]!.reason).toMatch(/^row: kind/);
    expect(await t.db.organization.count({ where: { slug: { startsWith: "o2-" } } })).toBe(0);
  });

  it("refuses a large CSV for a bad row deep in it, with its line, writing nothing; the fixed file imports whole", async () => {
    const file = join(tmp, "large.csv");
    const rows = Array.from(
      { length: 12_000 },
      (_, i) => `big-${i},meeting,2001-02-03,"Large file, row ${i}","A summary, quoted, for row ${i}.",KR;CA,Seoul,KR`,
    );
    const good = rows[10_500]!;
    rows[10_500] = good.replace("2001-02-03", "2001-02-30");
    writeFileSync(file, `key,type,date,title,summary,parties,city,country\n${rows.join("\n")}\n`);
    // Many chunks of the file are read before the bad row, and many batches written after the fix.
    expect(statSync(file).size).toBeGreaterThan(1 << 20);
    const before = await t.db.event.count();
    const refused = await runImport(t.db, file);
    expect(refused).toMatchObject({ status: "refused", errorCount: 1, rows: 12_000 });
    expect(refused.refused).toEqual([{ file, line: 10_502, reason: expect.stringMatching(/date/) }]);
    expect(await t.db.event.count()).toBe(before);

    rows[10_500] = good;
    writeFileSync(file, `key,type,date,title,summary,parties,city,country\n${rows.join("\n")}\n`);
    expect(await runImport(t.db, file)).toMatchObject({ status: "completed", rows: 12_000, created: 12_000 });
    expect(await t.db.externalKey.count({ where: { externalId: { startsWith: "event:big-" } } })).toBe(12_000);
    expect(await t.db.event.findFirstOrThrow({ where: { slug: { startsWith: "big-11999-" } } })).toMatchObject({
      title: { en: "Large file, row 11999" },
      summary: { en: "A summary, quoted, for row 11999." },
    });
  });

  it("refuses a header row without the kind's columns", async () => {
    const file = join(tmp, "no-parties.csv");
    writeFileSync(file, "key,title\nx,Something\n");
    const s = await runImport(t.db, file);
    expect(s.refused[0]).toMatchObject({ line: 1 });
    expect(s.refused[0]!.reason).toMatch(/lacks the column\(s\) type, date, summary, parties/);
  });
});

describe.skipIf(!present)("an import killed with SIGKILL", () => {
  it("re-run, ends with exactly the records of a clean import", async () => {
    const file = VISITS_2020;
    const killed = await createTestDatabase();
    const clean = await createTestDatabase();
    try {
      const child = spawn(
        process.execPath,
        ["--import", "tsx", join(import.meta.dirname, "../test/import-child.ts"), killed.url, file, "20"],
        {
          cwd: join(import.meta.dirname, ".."),
          stdio: "ignore",
        },
      );
      const exited = new Promise((r) => child.on("exit", r));
      // Kill it once some batches, not all, are committed.
      for (let i = 0; i < 1200; i++) {
        const run = await killed.db.importRun.findFirst();
        if (run && run.done > 0 && run.done < run.total) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      child.kill("SIGKILL");
      await exited;
      const partial = await killed.db.importRun.findFirstOrThrow();
      expect(partial.status).toBe("running");
      expect(partial.done).toBeLessThan(partial.total);

      const resumed = await runImport(killed.db, file, { publish: true, batchSize: 20 });
      expect(resumed).toMatchObject({ status: "completed", resumed: true });
      await runImport(clean.db, file, { publish: true, batchSize: 20 });
      const keys = async (db: TestDatabase) =>
        await db.db.externalKey.findMany({
          orderBy: [{ dataset: "asc" }, { externalId: "asc" }],
          select: { externalId: true, recordId: true, fingerprint: true },
        });
      expect(await keys(killed)).toEqual(await keys(clean));
      for (const table of ["event", "person", "position", "citation", "eventParticipant"] as const) {
        expect(await (killed.db[table] as { count(): Promise<number> }).count()).toBe(
          await (clean.db[table] as { count(): Promise<number> }).count(),
        );
      }
      expect(await killed.db.revision.count()).toBe(await clean.db.revision.count());
    } finally {
      await killed.drop();
      await clean.drop();
    }
  }, 600_000);
});

describe("export and restore", () => {
  // A seeded database of its own: the round trip holds whether or not the datasets were imported above.
  let seeded: TestDatabase;
  beforeAll(async () => {
    seeded = await createTestDatabase({ seeded: true });
  });
  afterAll(async () => {
    await seeded?.drop();
  });

  it("export -> restore into an empty database -> export gives the same checksum", async () => {
    const user = await seeded.db.user.create({ data: { id: "usr-1", name: "Ada", email: "ada@example.org", role: "editor" } });
    await seeded.db.account.create({
      data: { id: "acc-1", accountId: user.id, providerId: "credential", userId: user.id, password: "secret-hash" },
    });
    const first = join(tmp, "first.jsonl");
    const a = await exportDatabase(seeded.db, first);
    expect(a.rows).toBeGreaterThan(100);
    expect(readFileSync(first, "utf8")).not.toContain("secret-hash");
    const empty = await createTestDatabase();
    try {
      const restored = await restoreDatabase(empty.db, first);
      expect(restored.checksum).toBe(a.checksum);
      // The counts no export holds are rebuilt by the restore's own writes.
      expect(await activitySummaryDrift(empty.db)).toEqual([]);
      expect(await eventFacetDrift(empty.db)).toEqual([]);
      expect((await empty.db.eventFacet.count()) > 0).toBe(true);
      const second = join(tmp, "second.jsonl");
      const b = await exportDatabase(empty.db, second);
      expect(b.checksum).toBe(a.checksum);
      expect(b.tables).toEqual(a.tables);
      await expect(restoreDatabase(empty.db, first)).rejects.toThrow(/not empty/);
    } finally {
      await empty.drop();
    }
  });

  it("imports an export's records into another database, and finds them already there in the same one", async () => {
    const file = join(tmp, "first.jsonl");
    const empty = await createTestDatabase();
    try {
      const s = await runImport(empty.db, file, { state: "published" });
      expect(s.status).toBe("completed");
      for (const table of ["event", "person", "organization", "agreement", "source", "citation"] as const) {
        const count = (db: TestDatabase["db"]) => (db[table] as { count(): Promise<number> }).count();
        expect(await count(empty.db), table).toBe(await count(seeded.db));
      }
      const seededEvent = await seeded.db.event.findFirstOrThrow({
        orderBy: { id: "asc" },
        select: { id: true, slug: true, parties: true },
      });
      expect(
        await empty.db.event.findUniqueOrThrow({ where: { id: seededEvent.id }, select: { id: true, slug: true, parties: true } }),
      ).toEqual(seededEvent);
    } finally {
      await empty.drop();
    }
    // Into the database it came from: every record is found by its id, none is created twice.
    const events = await seeded.db.event.count();
    const again = await runImport(seeded.db, file);
    expect(again).toMatchObject({ status: "completed", created: 0 });
    expect(await seeded.db.event.count()).toBe(events);
  });

  it("refuses a damaged export and restores nothing", async () => {
    const good = join(tmp, "first.jsonl");
    const damaged = join(tmp, "damaged.jsonl");
    const lines = readFileSync(good, "utf8").split("\n");
    lines[5] = lines[5]!.replace(/"version":\d+/, '"version":99');
    writeFileSync(damaged, lines.join("\n"));
    const empty = await createTestDatabase();
    try {
      await expect(restoreDatabase(empty.db, damaged)).rejects.toThrow(/checksum/);
      expect(await empty.db.revision.count()).toBe(0);
    } finally {
      await empty.drop();
    }
  });
});
