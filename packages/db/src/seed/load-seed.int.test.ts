/** Loading the seed record: everything published, cited, and re-running it changes nothing. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../env";
import { createTestDatabase, type TestDatabase } from "../testing";
import { loadSeed } from "./load-seed";
import { seedRecord } from "./record";

const texts = join(repoRoot, "../shared/seeds");

async function counts(t: TestDatabase) {
  const db = t.db;
  return {
    events: await db.event.count(),
    agreements: await db.agreement.count(),
    milestones: await db.milestone.count(),
    commitments: await db.commitment.count(),
    people: await db.person.count(),
    positions: await db.position.count(),
    organizations: await db.organization.count(),
    sources: await db.source.count(),
    citations: await db.citation.count(),
    claims: await db.claim.count(),
    revisions: await db.revision.count(),
    audit: await db.auditEntry.count(),
  };
}

describe("seed loading", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => t?.drop());

  it("loads every curated record as published, with a revision and an audit entry each", async () => {
    const r = await loadSeed(t.db, seedRecord, { textsDir: existsSync(texts) ? texts : undefined });
    const c = await counts(t);
    expect(c.events).toBe(seedRecord.events.length);
    expect(c.agreements).toBe(seedRecord.agreements.length);
    expect(c.people).toBe(seedRecord.people.length);
    expect(c.citations).toBe(seedRecord.citations.length);
    expect(c.claims).toBe(seedRecord.claims.length);
    expect(c.revisions).toBe(r.created);
    expect(c.audit).toBe(r.created);
    expect(await t.db.event.count({ where: { state: { not: "published" } } })).toBe(0);
    expect(await t.db.agreement.count({ where: { state: { not: "published" } } })).toBe(0);
  });

  it("changes nothing when run again", async () => {
    const before = await counts(t);
    const versions = await t.db.event.findMany({ select: { id: true, version: true, updatedAt: true }, orderBy: { id: "asc" } });
    const r = await loadSeed(t.db, seedRecord, { textsDir: existsSync(texts) ? texts : undefined });
    expect(r.created).toBe(0);
    expect(await counts(t)).toEqual(before);
    expect(await t.db.event.findMany({ select: { id: true, version: true, updatedAt: true }, orderBy: { id: "asc" } })).toEqual(versions);
  });

  it.skipIf(!existsSync(texts))("keeps each seed source's full text, against which every quote matches", async () => {
    const citations = await t.db.citation.findMany({ include: { source: { select: { text: true } } } });
    const withText = citations.filter((c) => c.source.text.length > 0);
    expect(withText.length).toBeGreaterThan(20);
    for (const c of withText) expect(c.source.text.slice(c.start, c.end)).toBe(c.quote);
  });

  it("derives agreement status from milestones and finds the GSOIA by full-text search", async () => {
    const rows = await t.db.$queryRaw<{ slug: string; status: string }[]>`
      SELECT slug, status FROM "Agreement" WHERE ties_search_vector("searchText") @@ ties_search_query('General Security of Information Agreement')`;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]!.status).toBe("negotiating");
  });
});
