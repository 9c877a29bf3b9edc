/**
 * The curator's workbench against a real database: intake stores the source and its suggestions
 * in one go (and nothing on bad input), known records come back as matches, accepting creates
 * cited drafts or merges, two curators accepting at once get one record and one CONFLICT,
 * suggestions outlive the process, and publication keeps the public record whole.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "@ties/db/ops";
import { createPrismaClient } from "@ties/db";
import { createTestDatabase, type TestDatabase } from "@ties/db/testing";
import type { Role, SuggestionView } from "@ties/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUserWithPassword } from "../auth";
import { createContextInner, type SessionUser } from "../context";
import { createCaller } from "../root";

let t: TestDatabase;
const users = {} as Record<"curator" | "curator2" | "editor", SessionUser>;
const as = (who: keyof typeof users) => createCaller(createContextInner({ db: t.db, user: users[who], surface: "admin" }));
const publicApi = () => createCaller(createContextInner({ db: t.db }));
const fixture = (name: string) => readFileSync(join(repoRoot, "tests/fixtures/workbench", name), "utf8");

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  for (const [key, role] of [
    ["curator", "curator"],
    ["curator2", "curator"],
    ["editor", "editor"],
  ] as [keyof typeof users, Role][]) {
    const email = `${key}@workbench.test`;
    const id = await createUserWithPassword(t.db, { email, name: key, password: "a-long-test-password", role });
    users[key] = { id, email, name: key, role };
  }
});
afterAll(async () => {
  await t?.drop();
});

const newMeeting = () =>
  as("curator").source.intake({
    text: fixture("new-meeting-en.txt"),
    title: "Korea and Canada sign an MOU on critical minerals",
    publisher: "Global Affairs Canada",
    url: "https://www.canada.ca/en/global-affairs/news/2025/09/minerals.html",
    publishedAt: "2025-09-12",
    language: "en",
  });

const one = (all: SuggestionView[], kind: SuggestionView["kind"], where: (s: SuggestionView) => boolean = () => true) => {
  const found = all.find((s) => s.kind === kind && where(s));
  if (!found) throw new Error(`No ${kind} suggestion among ${all.map((s) => s.kind).join(", ")}`);
  return found;
};

describe("intake", () => {
  it("stores the source as a draft with its text, boilerplate and suggestions at their exact spans", async () => {
    const text = fixture("new-meeting-en.txt");
    const { source, suggestions } = await newMeeting();
    expect(source.state).toBe("draft");
    for (const s of suggestions) expect(text.slice(s.start, s.end)).toBe(s.text);
    const kinds = new Set(suggestions.map((s) => s.kind));
    for (const k of ["event", "agreement", "commitment", "person", "quote", "date"]) expect(kinds).toContain(k);
    const bench = await as("curator").source.workbench({ id: source.id });
    expect(bench.text).toBe(text.trim());
    expect(bench.boilerplate.some((b) => text.slice(b.start, b.end).includes("Facebook"))).toBe(true);
    // The publisher was matched to the known organisation, not created again.
    const admin = await as("curator").source.adminById({ id: source.id });
    expect(admin.data.publisherName).toBe("Global Affairs Canada");
    // People the record does not hold yet come without a match (the known ones: see the merge test).
    expect(one(suggestions, "person", (s) => s.text === "Ahn Duk-geun").match).toBeNull();
  });

  it("reduces HTML to its readable text with a parser, and takes a new publisher as a draft organisation", async () => {
    const html = `<!doctype html><html><head><title>x</title><style>p{color:red}</style><script>alert(1)</script></head>
      <body><nav><a href="/">Home</a></nav><h1>Canada &amp; Korea</h1><p>Minister <b>Anita Anand</b> met Korea&#39;s minister in Ottawa on September 11, 2025.</p></body></html>`;
    const { source } = await as("curator").source.intake({
      text: html,
      format: "html",
      title: "An HTML page",
      publisher: "Maple Leaf Wire Service",
      publishedAt: "2025-09-12",
      language: "en",
    });
    const bench = await as("curator").source.workbench({ id: source.id });
    expect(bench.text).toContain("Canada & Korea");
    expect(bench.text).toContain("Korea's minister");
    expect(bench.text).not.toMatch(/<|alert\(1\)|color:red/);
    const org = await t.db.organization.findFirst({ where: { nameEn: "Maple Leaf Wire Service" } });
    expect(org?.state).toBe("draft");
  });

  it("refuses bad input with field messages and writes nothing", async () => {
    const before = await t.db.source.count();
    const base = { text: "Some words.", title: "T", publisher: "Nobody Press", publishedAt: "2025-01-01", language: "en" as const };
    for (const bad of [
      { ...base, url: "javascript:alert(1)" },
      { ...base, url: "data:text/html,<script>alert(1)</script>" },
      { ...base, text: "   " },
      { ...base, publishedAt: "2025-02-30" },
      { ...base, language: "de" },
    ]) {
      await expect(as("curator").source.intake(bad as typeof base)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    expect(await t.db.source.count()).toBe(before);
    expect(await t.db.organization.count({ where: { nameEn: "Nobody Press" } })).toBe(0);
  });
});

describe("accepting suggestions", () => {
  it("turns the event, the agreement action and the pledge into cited drafts, and keeps a rejection's reason", async () => {
    const text = fixture("new-meeting-en.txt");
    const { source, suggestions } = await newMeeting();
    const curator = as("curator");
    const event = one(suggestions, "event", (s) => s.kind === "event" && s.payload.type === "meeting");
    const accepted = await curator.suggestion.accept({ id: event.id });
    expect(accepted).toMatchObject({ kind: "event", created: true });
    const draft = await curator.event.adminById({ id: accepted.id });
    expect(draft.state).toBe("draft");
    expect(draft.data.date).toBe("2025-09-11");
    expect(draft.data.participants).toHaveLength(2);
    // Both ministers became draft people, each cited at their name, and their suggestions are accepted.
    const ahn = await t.db.person.findFirst({ where: { name: "Ahn Duk-geun" } });
    expect(ahn?.state).toBe("draft");
    expect(draft.data.participants.map((p) => p.personId)).toContain(ahn!.id);
    expect(await t.db.citation.findFirst({ where: { targetKind: "person", targetId: ahn!.id } })).toMatchObject({ quote: "Ahn Duk-geun" });
    const citation = await t.db.citation.findUnique({ where: { id: accepted.citationId! } });
    expect(text.slice(citation!.start, citation!.end)).toBe(citation!.quote);
    expect(citation!.quote).toContain("met with Korea's Minister of Trade");
    const people = await curator.suggestion.list({ sourceId: source.id, kind: "person" });
    expect(people.find((p) => p.text === "Ahn Duk-geun")?.status).toBe("accepted");

    const agreement = await curator.suggestion.accept({ id: one(suggestions, "agreement").id });
    const mou = await curator.agreement.adminById({ id: agreement.id });
    expect(mou.data.kind).toBe("mou");
    expect(mou.data.milestones).toEqual([expect.objectContaining({ kind: "signed", date: "2025-09-11" })]);

    const pledge = await curator.suggestion.accept({ id: one(suggestions, "commitment").id });
    const commitment = await curator.commitment.adminById({ id: pledge.id });
    expect(commitment.data).toMatchObject({ eventId: accepted.id, due: "2026-03" });

    const quote = one(suggestions, "quote");
    await curator.suggestion.reject({ id: quote.id, reason: "Promotional line" });
    const after = await curator.suggestion.list({ sourceId: source.id, status: "rejected" });
    expect(after.find((s) => s.id === quote.id)).toMatchObject({ status: "rejected", reason: "Promotional line" });
    await expect(curator.suggestion.accept({ id: quote.id })).rejects.toMatchObject({ code: "CONFLICT" });

    const sent = await curator.source.submitDrafts({ id: source.id });
    // The source, the event, the two new people, the agreement and the commitment.
    expect(sent.submitted).toBe(6);
  });

  it("lets a curator correct a field before accepting, validated like any edit", async () => {
    const { suggestions } = await newMeeting();
    const event = one(suggestions, "event", (s) => s.kind === "event" && s.payload.type === "meeting");
    await expect(as("curator").suggestion.accept({ id: event.id, edits: { date: "2025-13-40" } })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const accepted = await as("curator").suggestion.accept({ id: event.id, edits: { title: { en: "Anand and Ahn sign a minerals MOU" } } });
    expect((await as("curator").event.adminById({ id: accepted.id })).data.title.en).toBe("Anand and Ahn sign a minerals MOU");
  });

  it("undoes an acceptance while its record is a draft", async () => {
    const { suggestions } = await newMeeting();
    const agreement = one(suggestions, "agreement");
    const accepted = await as("curator").suggestion.accept({ id: agreement.id, mode: "new" });
    expect(accepted.created).toBe(true);
    await as("curator").suggestion.undo({ id: agreement.id });
    expect((await t.db.agreement.findUnique({ where: { id: accepted.id } }))?.state).toBe("archived");
    expect(await t.db.citation.count({ where: { id: accepted.citationId! } })).toBe(0);
    const again = await as("curator").suggestion.list({ sourceId: agreement.sourceId, kind: "agreement" });
    expect(again[0]?.status).toBe("pending");
  });

  it("gives two curators accepting the same suggestion at once one record and one CONFLICT", async () => {
    const { suggestions } = await newMeeting();
    const commitment = one(suggestions, "commitment");
    const before = await t.db.commitment.count();
    const results = await Promise.allSettled([
      as("curator").suggestion.accept({ id: commitment.id }),
      as("curator2").suggestion.accept({ id: commitment.id }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "CONFLICT" });
    expect(await t.db.commitment.count()).toBe(before + 1);
  });

  it("keeps suggestions and decisions in the database, where a new process finds them", async () => {
    const { source, suggestions } = await newMeeting();
    await as("curator").suggestion.reject({ id: one(suggestions, "quote").id, reason: "Not needed" });
    const fresh = createPrismaClient(t.url, { max: 1 });
    try {
      const api = createCaller(createContextInner({ db: fresh, user: users.curator2, surface: "admin" }));
      const listed = await api.suggestion.list({ sourceId: source.id });
      expect(listed).toHaveLength(suggestions.length);
      expect(listed.filter((s) => s.status === "rejected").map((s) => s.reason)).toEqual(["Not needed"]);
    } finally {
      await fresh.$disconnect();
    }
  });

  it("offers a meeting the record already holds as a merge: the citation goes to the known event", async () => {
    const { source, suggestions } = await as("curator").source.intake({
      text: fixture("known-meeting-en.txt"),
      title: "Foreign ministers hold talks in Seoul",
      publisher: "Yonhap News Agency",
      publishedAt: "2024-07-19",
      language: "en",
    });
    const event = one(suggestions, "event");
    expect(event.match).toMatchObject({ kind: "event", id: "evt-2024-07-18-cho-joly-meeting" });
    for (const name of ["Cho Tae-yul", "Mélanie Joly"])
      expect(one(suggestions, "person", (s) => s.text === name).match?.kind).toBe("person");
    const events = await t.db.event.count();
    const people = await t.db.person.count();
    const merged = await as("curator").suggestion.accept({ id: event.id });
    expect(merged).toMatchObject({ kind: "event", id: "evt-2024-07-18-cho-joly-meeting", created: false });
    expect(await t.db.event.count()).toBe(events);
    expect(await t.db.person.count()).toBe(people);
    const cited = await t.db.citation.findMany({ where: { targetKind: "event", targetId: merged.id, sourceId: source.id } });
    expect(cited).toHaveLength(1);
    // The new source is a draft: the public event does not show its citation until an editor publishes it.
    const pub = await publicApi().event.byId({ id: merged.id });
    expect(pub.citations.some((c) => c.sourceId === source.id)).toBe(false);
    await as("editor").source.publish({ id: source.id, baseVersion: 1 });
    const after = await publicApi().event.byId({ id: merged.id });
    expect(after.citations.find((c) => c.sourceId === source.id)?.quote).toContain("held talks with Canadian Foreign Minister");
  });

  it("takes a French source through the same flow", async () => {
    const { source, suggestions } = await as("curator").source.intake({
      text: fixture("new-meeting-fr.txt"),
      title: "Le Canada et la Corée tiennent un dialogue sur l'énergie propre",
      publisher: "Affaires mondiales Canada",
      publishedAt: "2025-11-04",
      language: "fr",
    });
    const event = await as("curator").suggestion.accept({ id: one(suggestions, "event").id });
    const draft = await as("curator").event.adminById({ id: event.id });
    expect(draft.data.date).toBe("2025-11-03");
    expect(draft.data.summary.fr).toContain("a rencontré le ministre coréen");
    const pledge = await as("curator").suggestion.accept({ id: one(suggestions, "commitment").id });
    expect((await as("curator").commitment.adminById({ id: pledge.id })).data).toMatchObject({ due: "2026", eventId: event.id });
    expect((await as("curator").source.submitDrafts({ id: source.id })).submitted).toBeGreaterThanOrEqual(3);
  });
});

describe("publication keeps the public record whole", () => {
  const eventData = (slug: string, participants: { personId: string; side: string }[] = []) => ({
    slug,
    type: "meeting" as const,
    title: { en: `Integrity test ${slug}` },
    date: "2025-05-05",
    summary: { en: "Officials met." },
    parties: ["KR", "CA"],
    participants,
  });

  it("refuses an uncited record, a record citing only an unpublished source, and one linking a draft person", async () => {
    const editor = as("editor");
    const uncited = await editor.event.create({ data: eventData("integrity-uncited") });
    await expect(editor.event.publish({ id: uncited.id, baseVersion: 1 })).rejects.toMatchObject({
      code: "UNPROCESSABLE_CONTENT",
      message: expect.stringContaining("cites no source"),
    });

    const { source } = await newMeeting();
    const text = fixture("new-meeting-en.txt");
    const quote = "Anita Anand";
    const start = text.indexOf(quote);
    const draftPerson = await editor.person.create({ data: { slug: "integrity-draft-person", name: "Draft Person Example" } });
    await editor.citation.create({
      data: { sourceId: source.id, target: { kind: "person", id: draftPerson.id }, quote, start, end: start + quote.length },
    });
    const linked = await editor.event.create({ data: eventData("integrity-linked", [{ personId: draftPerson.id, side: "KR" }]) });
    await editor.citation.create({
      data: { sourceId: source.id, target: { kind: "event", id: linked.id }, quote, start, end: start + quote.length },
    });
    const refused = await editor.event.publish({ id: linked.id, baseVersion: 1 }).catch((e) => e);
    expect(refused).toMatchObject({ code: "UNPROCESSABLE_CONTENT" });
    expect(refused.message).toContain("Korea and Canada sign an MOU on critical minerals");
    expect(refused.message).toContain("Draft Person Example");
    expect((await t.db.event.findUnique({ where: { id: linked.id } }))?.state).toBe("draft");
    // Public search never shows a draft's words, even through a record that links it.
    expect((await publicApi().search.query({ q: "Draft Person Example" })).items).toHaveLength(0);

    // Published with what it needs: the source and the person go public with it, all at once.
    const published = await editor.review.publishWithDependencies({ kind: "event", id: linked.id, baseVersion: 1 });
    expect(published.alsoPublished.map((d) => d.kind).sort()).toEqual(["person", "source"]);
    const pub = await publicApi().event.byId({ id: linked.id });
    expect(pub.citations[0]?.quote).toBe(quote);
    expect(pub.participants.map((p) => p.name)).toEqual(["Draft Person Example"]);
  });

  it("refuses an edit that would link a published record to a draft", async () => {
    const editor = as("editor");
    const person = await editor.person.create({ data: { slug: "integrity-late-draft", name: "Late Draft Person" } });
    const seeded = await editor.event.adminById({ id: "evt-2024-07-18-cho-joly-meeting" });
    await expect(
      editor.event.update({
        id: seeded.id,
        baseVersion: seeded.version,
        data: { ...seeded.data, participants: [...seeded.data.participants, { personId: person.id, positionId: null, side: "KR" }] },
      }),
    ).rejects.toMatchObject({ code: "UNPROCESSABLE_CONTENT", message: expect.stringContaining("Late Draft Person") });
  });
});
