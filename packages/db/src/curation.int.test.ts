/**
 * The audited write path's error mapping against a real database: a unique value already in use
 * names the field (the pg driver adapter does not always fill `meta.target`), and a transaction
 * lost to a concurrent writer is a CONFLICT, never an internal error.
 */
import { TiesError } from "@ties/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRecord, inTransaction, writeRaceToConflict } from "./curation";
import { createTestDatabase, type TestDatabase } from "./testing";

let t: TestDatabase;
const system = { actor: { id: null } };

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

const person = (slug: string) => ({ slug, name: `Person ${slug}`, countryCode: "CA" });

describe("unique values", () => {
  it("names the field another record already uses", async () => {
    await createRecord(t.db, "person", person("unique-slug-test"), system);
    const err = await createRecord(t.db, "person", person("unique-slug-test"), system).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TiesError);
    expect(err).toMatchObject({ code: "VALIDATION", details: { fields: { slug: ["Already in use"] } } });
    expect((err as TiesError).message).toContain("slug");
  });

  it("names a compound unique key rather than guessing the slug", async () => {
    const p = await createRecord(t.db, "person", person("twice-participant"), system);
    const participant = { personId: p.id, side: "CA" };
    const event = {
      slug: "unique-participant-test",
      type: "meeting",
      title: { en: "A meeting with one person listed twice" },
      date: "2025-01-01",
      summary: { en: "Listed twice." },
      participants: [participant, participant],
    };
    const err = await createRecord(t.db, "event", event, system).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "VALIDATION" });
    const fields = Object.keys((err as TiesError).details.fields as Record<string, string[]>);
    expect(fields).not.toContain("slug");
    expect(fields.join()).toContain("personId");
  });
});

describe("lost races", () => {
  it("turns a deadlock between two transactions into CONFLICT", async () => {
    const a = await createRecord(t.db, "person", person("race-a"), system);
    const b = await createRecord(t.db, "person", person("race-b"), system);
    let release: () => void = () => {};
    const bothLocked = new Promise<void>((r) => {
      let n = 0;
      release = () => {
        n += 1;
        if (n === 2) r();
      };
    });
    // Each takes one row, waits for the other to hold its own, then asks for the other's.
    const cross = (first: string, second: string) =>
      inTransaction(t.db, async (tx) => {
        await tx.$executeRawUnsafe(`UPDATE "Person" SET version = version WHERE id = $1`, first);
        release();
        await bothLocked;
        await tx.$executeRawUnsafe(`UPDATE "Person" SET version = version WHERE id = $1`, second);
      });
    const results = await Promise.allSettled([cross(a.id, b.id), cross(b.id, a.id)]);
    const failures = results.flatMap((r) => (r.status === "rejected" ? [r.reason] : []));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toBeInstanceOf(TiesError);
    expect(failures[0]).toMatchObject({ code: "CONFLICT" });
  });

  it("leaves other errors alone", () => {
    const other = new Error("something else");
    expect(writeRaceToConflict(other)).toBe(other);
    expect(writeRaceToConflict({ code: "P2034" })).toMatchObject({ code: "CONFLICT" });
  });
});
