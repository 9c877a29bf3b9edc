/**
 * Public read procedures against the seeded record: filters, keyset pagination under inserts,
 * full-text search, derived statuses, and that drafts and curators' text never leak.
 */
import { createRecord } from "@ties/db";
import { createTestDatabase, type TestDatabase } from "@ties/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContextInner } from "../context";
import { createCaller } from "../root";

let t: TestDatabase;
let api: ReturnType<typeof createCaller>;

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  api = createCaller(createContextInner({ db: t.db }));
});
afterAll(async () => {
  await t?.drop();
});

const system = { actor: { id: null } };
let seq = 0;
function eventInput(date: string, title = `Inserted meeting ${++seq}`) {
  return {
    slug: `inserted-meeting-${seq}-${Math.random().toString(36).slice(2, 8)}`,
    type: "meeting",
    title: { en: title },
    date,
    summary: { en: "A meeting inserted by a test." },
    areaSlugs: ["energy"],
  };
}

describe("event", () => {
  it("checks each answer against its output schema: a stored row the domain forbids is never sent", async () => {
    // Reads map rows without parsing them; the procedure's output schema is the one check.
    const [row] = await t.db.$queryRawUnsafe<{ id: string; title: unknown }[]>(
      `SELECT id, title FROM "Event" WHERE state = 'published' ORDER BY "dateFirst" DESC, id DESC LIMIT 1`,
    );
    await t.db.$executeRawUnsafe(`UPDATE "Event" SET title = '{"en": 5}'::jsonb WHERE id = $1`, row!.id);
    try {
      await expect(api.event.byId({ id: row!.id })).rejects.toMatchObject({ code: "INTERNAL_SERVER_ERROR" });
      await expect(api.event.list({ limit: 5 })).rejects.toMatchObject({ code: "INTERNAL_SERVER_ERROR" });
    } finally {
      await t.db.$executeRawUnsafe(`UPDATE "Event" SET title = $2::jsonb WHERE id = $1`, row!.id, JSON.stringify(row!.title));
    }
    expect((await api.event.byId({ id: row!.id })).title).toEqual(row!.title);
  });

  it("lists published events newest first and filters them", async () => {
    const all = await api.event.list({ limit: 100 });
    expect(all.items.length).toBeGreaterThan(5);
    const days = all.items.map((e) => e.dateFirst);
    expect([...days].sort().reverse()).toEqual(days);
    expect(all.items.every((e) => e.state === "published" && e.slug.length > 0)).toBe(true);

    const in2023 = await api.event.list({ from: "2023-01-01", to: "2023-12-31", limit: 100 });
    expect(in2023.items.length).toBeGreaterThan(0);
    expect(in2023.items.every((e) => e.dateFirst.startsWith("2023"))).toBe(true);

    const joly = await api.event.list({ person: "melanie-joly", limit: 100 });
    expect(joly.items.length).toBeGreaterThan(0);
    const detail = await api.event.byId({ id: joly.items[0]!.id });
    expect(detail.participants.some((p) => p.personSlug === "melanie-joly")).toBe(true);

    const gsoia = await api.event.list({ agreement: "canada-korea-general-security-of-information-agreement", limit: 100 });
    expect(gsoia.items.map((e) => e.id)).toContain("evt-2023-04-joly-park-meeting");

    const minerals = await api.event.list({ area: "critical-minerals", limit: 100 });
    expect(minerals.items.length).toBeGreaterThan(0);
    expect(minerals.items.every((e) => e.areaSlugs.includes("critical-minerals"))).toBe(true);

    const calls = await api.event.list({ type: "phone_call", limit: 100 });
    expect(calls.items.every((e) => e.type === "phone_call")).toBe(true);

    const byOrg = await api.event.list({ organization: "global-affairs-canada", limit: 100 });
    expect(byOrg.items.length).toBeGreaterThan(0);

    const text = await api.event.list({ q: "War Memorial", limit: 100 });
    expect(text.items.map((e) => e.slug)).toContain("2023-04-joly-war-memorial-of-korea");
  });

  it("finds an event by id and by slug", async () => {
    const bySlug = await api.event.bySlug({ slug: "2023-04-joly-war-memorial-of-korea" });
    const byId = await api.event.byId({ id: bySlug.id });
    expect(byId.slug).toBe(bySlug.slug);
    expect((await api.event.byId({ id: bySlug.slug })).id).toBe(bySlug.id);
  });

  it("paginates without skipping or repeating while events are inserted between pages", async () => {
    const seen: string[] = [];
    const before = (await api.event.list({ limit: 100 })).items.map((e) => e.id);
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: Awaited<ReturnType<typeof api.event.list>> = await api.event.list({ limit: 3, cursor });
      seen.push(...res.items.map((e) => e.id));
      cursor = res.nextCursor;
      // Published events land before, inside and after the part already read.
      await createRecord(t.db, "event", eventInput(`20${10 + pages}-06-15`), { ...system, state: "published" });
      await createRecord(t.db, "event", eventInput("2030-01-01"), { ...system, state: "published" });
      pages++;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of before) expect(seen).toContain(id);
  });

  it("hides drafts", async () => {
    const draft = await createRecord(t.db, "event", eventInput("2024-02-02", "Secret draft gathering"), system);
    const list = await api.event.list({ limit: 100, q: "Secret draft gathering" });
    expect(list.items.map((e) => e.id)).not.toContain(draft.id);
    await expect(api.event.byId({ id: draft.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const hits = await api.search.query({ q: "Secret draft gathering" });
    expect(hits.items.map((h) => h.id)).not.toContain(draft.id);
  });
});

describe("bad input never gives a 5xx", () => {
  it("refuses malformed cursors, absurd ids and wrong types with 400 or 404", async () => {
    const bad = [
      () => api.event.list({ cursor: "not-a-cursor" }),
      () => api.event.list({ cursor: Buffer.from(JSON.stringify(["garbage", "x"])).toString("base64url") }),
      () => api.agreement.list({ cursor: Buffer.from(JSON.stringify([1, 2, 3])).toString("base64url") }),
      () => api.source.list({ cursor: Buffer.from(JSON.stringify(["x", "y"])).toString("base64url") }),
      () => api.commitment.list({ cursor: "%%%" }),
      () => api.search.query({ q: "korea", cursor: Buffer.from(JSON.stringify(["a", "b", "c"])).toString("base64url") }),
      () => api.event.byId({ id: "x".repeat(500) }),
      () => api.event.byId({ id: '\'; DROP TABLE "Event"; --' }),
      // @ts-expect-error wrong type on purpose
      () => api.event.list({ limit: "ten" }),
      () => api.event.list({ limit: 1000 }),
      () => api.event.list({ from: "2024-13-45" }),
      // @ts-expect-error wrong type on purpose
      () => api.person.byId({ id: 42 }),
      () => api.search.query({ q: "" }),
    ];
    for (const call of bad) await expect(call()).rejects.toMatchObject({ code: "BAD_REQUEST" });
    for (const call of [() => api.event.byId({ id: "no-such-event" }), () => api.source.bySlug({ slug: "no-such-source" })]) {
      await expect(call()).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });
});

describe("agreement", () => {
  it("derives the current status from the milestone timeline", async () => {
    const a = await api.agreement.byId({ id: "canada-korea-free-trade-agreement" });
    expect(a.status).toBe("in_force");
    expect(a.milestones.map((m) => m.kind)).toEqual(expect.arrayContaining(["signed", "in_force"]));
    expect(a.milestones.at(-1)?.statusAfter).toBe(a.status);
    const gsoia = await api.agreement.bySlug({ slug: "canada-korea-general-security-of-information-agreement" });
    expect(gsoia.shortName).toBe("GSOIA");
    expect(gsoia.status).toBe("negotiating");
  });

  it("filters by status, kind and area and pages by name", async () => {
    const inForce = await api.agreement.list({ status: "in_force", limit: 100 });
    expect(inForce.items.length).toBeGreaterThan(0);
    expect(inForce.items.every((a) => a.status === "in_force")).toBe(true);
    const soi = await api.agreement.list({ kind: "security_of_information" });
    expect(soi.items.map((a) => a.shortName)).toContain("GSOIA");
    const p1 = await api.agreement.list({ limit: 2 });
    const p2 = await api.agreement.list({ limit: 2, cursor: p1.nextCursor });
    expect(p1.items.length).toBe(2);
    expect(p2.items.map((a) => a.id)).not.toContain(p1.items[0]!.id);
  });
});

describe("commitment", () => {
  it("computes overdue from the due date and the day asked about, never stored", async () => {
    const list = await api.commitment.list({ limit: 100, today: "2025-06-01" });
    const c = list.items.find((x) => x.slug === "2025-hold-first-indo-pacific-dialogue")!;
    expect(c).toBeDefined();
    const early = await api.commitment.byId({ id: c.id, today: "2025-06-01" });
    const late = await api.commitment.byId({ id: c.id, today: "2030-01-01" });
    expect(early.asOf).toBe("2025-06-01");
    // The seed records no evidence for it: due in 2025, overdue once 2025 is over.
    expect(early.status).not.toBe("overdue");
    expect(late.status).toBe("overdue");
    const overdue = await api.commitment.list({ status: "overdue", today: "2030-01-01", limit: 100 });
    expect(overdue.items.map((x) => x.id)).toContain(c.id);
    expect(overdue.items.every((x) => x.status === "overdue")).toBe(true);
  });

  it("pages a status-filtered list without repeats", async () => {
    const all = await api.commitment.list({ limit: 100, today: "2030-01-01", status: "overdue" });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: Awaited<ReturnType<typeof api.commitment.list>> = await api.commitment.list({
        limit: 1,
        cursor,
        today: "2030-01-01",
        status: "overdue",
      });
      seen.push(...res.items.map((x) => x.id));
      cursor = res.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.items.map((x) => x.id));
  });
});

describe("person", () => {
  it("shows positions over time and events", async () => {
    const p = await api.person.bySlug({ slug: "melanie-joly" });
    expect(p.name).toBe("Mélanie Joly");
    expect(p.positions.length).toBeGreaterThan(0);
    expect(p.events.length).toBeGreaterThan(0);
  });

  it("answers who held a role at an organisation on a day", async () => {
    const holders = await api.person.holders({
      role: "foreign-minister",
      organization: "ministry-of-foreign-affairs-korea",
      date: "2024-07-18",
    });
    expect(holders.map((h) => h.person.slug)).toEqual(["cho-tae-yul"]);
    const byLabel = await api.person.holders({
      role: "Vice Minister for Political Affairs",
      organization: "ministry-of-foreign-affairs-korea",
      date: "2025-03-07",
    });
    expect(byLabel.map((h) => h.person.slug)).toEqual(["chung-byung-won"]);
  });

  it("lists people by name with filters", async () => {
    const ca = await api.person.list({ country: "CA", limit: 100 });
    expect(ca.items.every((p) => p.countryCode === "CA")).toBe(true);
    expect(ca.items.map((p) => p.slug)).toContain("melanie-joly");
  });
});

describe("organization, area, source, claim", () => {
  it("organisation detail has positions and events", async () => {
    const o = await api.organization.bySlug({ slug: "global-affairs-canada" });
    expect(o.positions.length).toBeGreaterThan(0);
    expect(o.events.length).toBeGreaterThan(0);
    const media = await api.organization.list({ kind: "media", limit: 100 });
    expect(media.items.every((x) => x.kind === "media")).toBe(true);
  });

  it("area detail has its children and activity by year", async () => {
    const a = await api.area.bySlug({ slug: "economy-trade" });
    expect(a.children.map((c) => c.slug)).toContain("critical-minerals");
    expect(a.activityByYear.some((y) => y.events > 0)).toBe(true);
    const areas = await api.area.list({ limit: 100 });
    expect(areas.items.length).toBe(14);
  });

  it("source detail has grade, reason, supports and claims, never the full text", async () => {
    const s = await api.source.byId({ id: "src-gac-ckfta" });
    expect(s.grade).toMatch(/^[A-F]$/);
    expect(s.gradeReason.length).toBeGreaterThan(0);
    expect(s.claims.length).toBeGreaterThan(0);
    expect("text" in s).toBe(false);
    const withSupports = await api.source.byId({ id: "src-analysis-2025-03-ottawa-meeting" });
    expect(withSupports.supports.length + withSupports.claims.length).toBeGreaterThan(0);
    expect(JSON.stringify(withSupports)).not.toContain('"text"');
  });

  it("claims carry verdicts, reasoning and the sources for and against", async () => {
    const c = await api.claim.bySlug({ slug: "analysis-2025-03-ckfta-signed-in-2015" });
    expect(c.verdict).toBe("false");
    expect(c.opposingSources.map((s) => s.id)).toContain("src-gac-ckfta");
    expect(c.subject?.slug).toBe("canada-korea-free-trade-agreement");
    const disputedOrFalse = await api.claim.list({ verdict: "false", limit: 100 });
    expect(disputedOrFalse.items.every((x) => x.verdict === "false")).toBe(true);
  });
});

describe("search", () => {
  const find = async (q: string) => (await api.search.query({ q, limit: 50 })).items;

  it("finds the GSOIA by short name and by full name, with a highlighted snippet", async () => {
    for (const q of ["GSOIA", "General Security of Information Agreement"]) {
      const hits = await find(q);
      const hit = hits.find((h) => h.id === "agr-gsoia");
      expect(hit, q).toBeDefined();
      expect(hit!.snippet.some((p) => p.match)).toBe(true);
    }
    expect((await find("GSOIA"))[0]?.id).toBe("agr-gsoia");
  });

  it("finds critical minerals and Mélanie Joly with or without the accent", async () => {
    expect((await find("critical minerals")).length).toBeGreaterThan(0);
    for (const q of ["Mélanie Joly", "Melanie Joly"]) {
      const hits = await find(q);
      expect(
        hits.some((h) => h.kind === "person" && h.slug === "melanie-joly"),
        q,
      ).toBe(true);
    }
  });

  it("marks the words of a query typed without the text's accents in the passage it shows", async () => {
    const event = await createRecord(t.db, "event", eventInput("2024-03-03", "Ministres réunis à Québec pour l'énergie"), {
      ...system,
      state: "published",
    });
    for (const q of ["Québec énergie", "Quebec energie"]) {
      const hit = (await find(q)).find((h) => h.id === event.id);
      expect(hit, q).toBeDefined();
      expect(
        hit?.snippet.filter((p) => p.match).map((p) => p.text.normalize("NFD").replace(/\p{M}/gu, "")),
        q,
      ).toEqual(expect.arrayContaining(["Quebec"]));
    }
  });

  it("ranks best first and pages with a cursor", async () => {
    const all = await find("Korea");
    const ranks = all.map((h) => h.rank);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
    const first = await api.search.query({ q: "Korea", limit: 3 });
    const second = await api.search.query({ q: "Korea", limit: 3, cursor: first.nextCursor });
    expect([...first.items, ...second.items].map((h) => h.id)).toEqual(all.slice(0, 6).map((h) => h.id));
  });
});

describe("stats", () => {
  it("counts activity by year and by area", async () => {
    const s = await api.stats.activity({});
    expect(s.byYear.find((y) => y.year === 2023)?.events).toBeGreaterThan(0);
    expect(s.byArea.find((a) => a.slug === "critical-minerals")?.events).toBeGreaterThan(0);
    const minerals = await api.stats.activity({ area: "critical-minerals" });
    const total = minerals.byYear.reduce((n, y) => n + y.events, 0);
    const listed = await api.event.list({ area: "critical-minerals", limit: 100 });
    expect(total).toBe(listed.items.length);
    const totals = await api.stats.totals();
    expect(totals.agreements).toBeGreaterThan(0);
  });
});

describe("organisation pages' agreements", () => {
  it("are the published agreements acted on at the organisation's published events, by name", async () => {
    const orgs = await api.organization.list({ limit: 100 });
    let withAgreements = 0;
    for (const o of orgs.items) {
      const detail = await api.organization.byId({ id: o.slug });
      const expected = await t.db.$queryRaw<{ slug: string }[]>`
        SELECT DISTINCT a.slug, a."nameEn", a.id FROM "Agreement" a
          JOIN "EventAgreement" ea ON ea."agreementId" = a.id
          JOIN "Event" e ON e.id = ea."eventId" AND e.state = 'published'
          JOIN "EventOrganization" eo ON eo."eventId" = e.id AND eo."organizationId" = ${o.id}
         WHERE a.state = 'published' ORDER BY a."nameEn", a.id`;
      expect(detail.agreements.map((a) => a.slug)).toEqual(expected.map((r) => r.slug));
      if (detail.agreements.length > 0) withAgreements++;
    }
    expect(withAgreements).toBeGreaterThan(0);
  });
});
