/**
 * Integrity of curated records against a real database: merges revise every record whose links
 * they move (so stale saves are refused and history shows the merge), unmerges are faithful,
 * opposite merges at once never end in an internal error, drafts never show through published
 * records, sub-records follow their parent's edit rule, archive can be undone, publishedAt means
 * publication, and account creation is atomic.
 */
import { createTestDatabase, type TestDatabase } from "@ties/db/testing";
import type { Role } from "@ties/domain";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContextInner, type SessionUser } from "../context";
import { createCaller } from "../root";
import { adminCaller, createUserPerRole } from "../../../../tests/support/role-users";

let t: TestDatabase;
let users: Record<Role, SessionUser>;
const as = (role: Role) => adminCaller(t.db, users[role]);
const pub = () => createCaller(createContextInner({ db: t.db }));

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  users = await createUserPerRole(t.db, "integrity");
});
afterAll(async () => {
  await t?.drop();
});

let seq = 0;
const uniq = () => `${++seq}-${Math.random().toString(36).slice(2, 7)}`;
const eventData = (extra: Record<string, unknown> = {}) => {
  const n = uniq();
  return {
    slug: `integrity-meeting-${n}`,
    type: "meeting" as const,
    title: { en: `Integrity meeting ${n}` },
    date: "2025-06-06",
    summary: { en: "A meeting written by the integrity tests." },
    ...extra,
  };
};
const personData = (name: string) => ({
  slug: `integrity-${name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")}-${uniq()}`,
  name,
  countryCode: "KR",
});

/** A citation from a published seed source: records must cite one before they are published. */
async function cite(kind: "event" | "person" | "agreement" | "commitment", id: string) {
  await as("editor").citation.create({
    data: {
      sourceId: "src-ankasam-2024-canada-korea-partnership",
      target: { kind, id },
      quote: "On 18 July 2024, South Korea and Canada’s top diplomats met",
      start: 2045,
      end: 2104,
    },
  });
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (e) {
    if (e instanceof TRPCError) return e.code;
    throw e;
  }
}

describe("a merge revises every record whose links it moves", () => {
  it("refuses an event save from before a person merge, shows the merge in the event's history, and refreshes its search text", async () => {
    const editor = as("editor");
    const keep = await editor.person.create({ data: personData("Park Seo-yeon") });
    // Search text holds published names only: the survivor is public, the duplicate a draft.
    await cite("person", keep.id);
    await editor.person.publish({ id: keep.id, baseVersion: 1 });
    const dup = await editor.person.create({ data: personData("Bak Seoyeon") });
    const ev = await editor.event.create({ data: eventData({ participants: [{ personId: dup.id, side: "KR" }] }) });
    const position = await editor.position.create({
      data: { personId: dup.id, organizationId: "org-mofa-kr", role: "integrity-role", title: { en: "Integrity Officer" }, start: "2024" },
    });
    const claim = await editor.claim.create({
      data: {
        slug: `integrity-claim-${uniq()}`,
        sourceId: "src-gac-ckfta",
        statement: "Bak Seoyeon attended.",
        subject: { kind: "person", id: dup.id, field: null },
      },
    });
    const before = await editor.event.adminById({ id: ev.id });

    const merge = await editor.person.merge({ survivor: { id: keep.id, baseVersion: 2 }, merged: { id: dup.id, baseVersion: 1 } });

    // A curator who loaded the event before the merge would put the merged person back.
    await expect(editor.event.update({ id: ev.id, baseVersion: before.version, data: before.data })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const history = await editor.event.history({ id: ev.id });
    expect(history.at(-1)).toMatchObject({ version: before.version + 1, authorName: users.editor.name });
    expect(history.at(-1)!.changes).toContainEqual(expect.objectContaining({ path: "input.participants" }));
    expect(await t.db.auditEntry.count({ where: { recordKind: "event", recordId: ev.id, action: "merge" } })).toBe(1);
    const row = await t.db.event.findUniqueOrThrow({ where: { id: ev.id }, select: { searchText: true } });
    expect(row.searchText).toContain("Park Seo-yeon");
    expect(row.searchText).not.toContain("Bak Seoyeon");
    // Positions and claims that moved are revised too.
    expect((await editor.position.adminById({ id: position.id })).version).toBe(2);
    expect((await editor.claim.adminById({ id: claim.id })).version).toBe(2);
    await expect(
      editor.position.update({
        id: position.id,
        baseVersion: 1,
        data: {
          personId: dup.id,
          organizationId: "org-mofa-kr",
          role: "integrity-role",
          title: { en: "Integrity Officer" },
          start: "2024",
        },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    await editor.person.unmerge({ mergeId: merge.id });
    expect(await t.db.auditEntry.count({ where: { recordKind: "event", recordId: ev.id, action: "unmerge" } })).toBe(1);
    const after = await editor.event.adminById({ id: ev.id });
    expect(after.version).toBe(before.version + 2);
    expect(after.data.participants.map((p) => p.personId)).toEqual([dup.id]);
    // Back with the duplicate, a draft: the survivor's name leaves the search text, and the draft's never enters it.
    const restored = (await t.db.event.findUniqueOrThrow({ where: { id: ev.id }, select: { searchText: true } })).searchText;
    expect(restored).not.toContain("Park Seo-yeon");
    expect(restored).not.toContain("Bak Seoyeon");
  });

  it("revises commitments and child events an event merge moves", async () => {
    const editor = as("editor");
    const keep = await editor.event.create({ data: eventData() });
    const dup = await editor.event.create({ data: eventData() });
    const child = await editor.event.create({ data: eventData({ parentEventId: dup.id }) });
    await editor.event.merge({ survivor: { id: keep.id, baseVersion: 1 }, merged: { id: dup.id, baseVersion: 1 } });
    const c = await editor.event.adminById({ id: child.id });
    expect(c.data.parentEventId).toBe(keep.id);
    expect(c.version).toBe(2);
    await expect(editor.event.update({ id: child.id, baseVersion: 1, data: { ...c.data, parentEventId: dup.id } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});

describe("unmerge is faithful", () => {
  it("refuses while the survivor was merged away later or a later merge involving it is in force", async () => {
    const editor = as("editor");
    const a = await editor.person.create({ data: personData("Chained A") });
    const b = await editor.person.create({ data: personData("Chained B") });
    const c = await editor.person.create({ data: personData("Chained C") });
    const d = await editor.person.create({ data: personData("Chained D") });
    const m1 = await editor.person.merge({ survivor: { id: b.id, baseVersion: 1 }, merged: { id: a.id, baseVersion: 1 } });
    const bNow = await editor.person.adminById({ id: b.id });
    // A later merge into the same survivor.
    const m2 = await editor.person.merge({ survivor: { id: b.id, baseVersion: bNow.version }, merged: { id: d.id, baseVersion: 1 } });
    await expect(editor.person.unmerge({ mergeId: m1.id })).rejects.toMatchObject({ code: "UNPROCESSABLE_CONTENT" });
    // And then the survivor itself merged away.
    const bLater = await editor.person.adminById({ id: b.id });
    const m3 = await editor.person.merge({ survivor: { id: c.id, baseVersion: 1 }, merged: { id: b.id, baseVersion: bLater.version } });
    await expect(editor.person.unmerge({ mergeId: m1.id })).rejects.toMatchObject({ code: "UNPROCESSABLE_CONTENT" });
    await expect(editor.person.unmerge({ mergeId: m2.id })).rejects.toMatchObject({ code: "UNPROCESSABLE_CONTENT" });
    expect(await editor.person.adminById({ id: a.id })).toMatchObject({ mergedIntoId: b.id, state: "archived" });
    // Undone newest first, each comes apart cleanly.
    await editor.person.unmerge({ mergeId: m3.id });
    await editor.person.unmerge({ mergeId: m2.id });
    await editor.person.unmerge({ mergeId: m1.id });
    for (const p of [a, b, c, d]) expect(await editor.person.adminById({ id: p.id })).toMatchObject({ mergedIntoId: null, state: "draft" });
  });

  it("moves back only links that still point at the survivor and reports the rest", async () => {
    const editor = as("editor");
    const keep = await editor.person.create({ data: personData("Faithful Keep") });
    const dup = await editor.person.create({ data: personData("Faithful Dup") });
    const stays = await editor.event.create({ data: eventData({ participants: [{ personId: dup.id, side: "KR" }] }) });
    const edited = await editor.event.create({ data: eventData({ participants: [{ personId: dup.id, side: "KR" }] }) });
    const merge = await editor.person.merge({ survivor: { id: keep.id, baseVersion: 1 }, merged: { id: dup.id, baseVersion: 1 } });
    // After the merge, a curator takes the (surviving) person off one event.
    const e = await editor.event.adminById({ id: edited.id });
    await editor.event.update({ id: edited.id, baseVersion: e.version, data: { ...e.data, participants: [] } });
    const undone = await editor.person.unmerge({ mergeId: merge.id });
    expect(undone.notRestored).toEqual({ participants: [edited.id] });
    expect((await editor.event.adminById({ id: stays.id })).data.participants.map((p) => p.personId)).toEqual([dup.id]);
    expect((await editor.event.adminById({ id: edited.id })).data.participants).toEqual([]);
    expect((await editor.person.merges({ id: dup.id }))[0]!.notRestored).toEqual({ participants: [edited.id] });
  });
});

describe("opposite merges at once", () => {
  it("lets one win and refuses the other, never with an internal error", async () => {
    const editor = as("editor");
    for (let round = 0; round < 5; round++) {
      const x = await editor.person.create({ data: personData(`Opposite X ${round}`) });
      const y = await editor.person.create({ data: personData(`Opposite Y ${round}`) });
      const ev = await editor.event.create({
        data: eventData({
          participants: [
            { personId: x.id, side: "KR" },
            { personId: y.id, side: "KR" },
          ],
        }),
      });
      expect(ev.id).toBeTruthy();
      const codes = await Promise.all([
        codeOf(editor.person.merge({ survivor: { id: y.id, baseVersion: 1 }, merged: { id: x.id, baseVersion: 1 } })),
        codeOf(as("admin").person.merge({ survivor: { id: x.id, baseVersion: 1 }, merged: { id: y.id, baseVersion: 1 } })),
      ]);
      expect(codes.filter((c) => c === "ok")).toHaveLength(1);
      expect(codes.filter((c) => c !== "ok")[0]).toMatch(/^(CONFLICT|UNPROCESSABLE_CONTENT|BAD_REQUEST)$/);
    }
  });
});

describe("drafts never show through public records", () => {
  it("hides a draft participant, a draft organisation and a draft parent on the public event, and a draft organisation's position on the public person", async () => {
    const editor = as("editor");
    // Publication refuses links to drafts; records unpublished after the event went out must still not show through it.
    const draftPerson = await editor.person.create({ data: personData("Draft Participant") });
    await cite("person", draftPerson.id);
    await editor.person.publish({ id: draftPerson.id, baseVersion: 1 });
    const draftOrg = await editor.organization.create({
      data: { slug: `integrity-draft-org-${uniq()}`, name: { en: "Draft Integrity Office" }, kind: "ministry", countryCode: "KR" },
    });
    await editor.organization.publish({ id: draftOrg.id, baseVersion: 1 });
    const draftParent = await editor.event.create({ data: eventData() });
    await cite("event", draftParent.id);
    await editor.event.publish({ id: draftParent.id, baseVersion: 1 });
    const ev = await editor.event.create({
      data: eventData({
        participants: [
          { personId: draftPerson.id, side: "KR" },
          { personId: "per-melanie-joly", side: "CA" },
        ],
        organizationIds: [draftOrg.id, "org-gac"],
        parentEventId: draftParent.id,
      }),
    });
    await cite("event", ev.id);
    await editor.event.publish({ id: ev.id, baseVersion: 1 });
    await editor.person.unpublish({ id: draftPerson.id, baseVersion: 2 });
    await editor.organization.unpublish({ id: draftOrg.id, baseVersion: 2 });
    await editor.event.unpublish({ id: draftParent.id, baseVersion: 2 });
    const shown = await pub().event.byId({ id: ev.id });
    expect(shown.participants.map((p) => p.personId)).toEqual(["per-melanie-joly"]);
    expect(JSON.stringify(shown)).not.toContain(draftPerson.id);
    expect(shown.organizations.map((o) => o.id)).toEqual(["org-gac"]);
    expect(shown.parentEventId).toBeNull();
    // Curators still see everything.
    expect((await editor.event.adminById({ id: ev.id })).data.participants).toHaveLength(2);
    // Filtering public lists by a draft person reveals nothing either.
    expect((await pub().event.list({ person: draftPerson.id })).items).toEqual([]);

    const person = await editor.person.create({ data: personData("Published With Draft Office") });
    await editor.position.create({
      data: { personId: person.id, organizationId: draftOrg.id, role: "integrity-officer", title: { en: "Officer" }, start: "2023" },
    });
    await cite("person", person.id);
    await editor.person.publish({ id: person.id, baseVersion: 1 });
    const detail = await pub().person.byId({ id: person.id });
    expect(detail.positions).toEqual([]);
    expect(JSON.stringify(detail)).not.toContain(draftOrg.id);
  });
});

describe("positions and citations follow their parent's edit rule", () => {
  it("refuses a curator's position or citation on a published record, and allows it on a draft", async () => {
    const curator = as("curator");
    const editor = as("editor");
    const published = await editor.person.create({ data: personData("Published Parent") });
    await cite("person", published.id);
    await editor.person.publish({ id: published.id, baseVersion: 1 });
    const draft = await curator.person.create({ data: personData("Draft Parent") });
    const positionOf = (personId: string) => ({
      personId,
      organizationId: "org-mofa-kr",
      role: "integrity-rule",
      title: { en: "Rule Officer" },
      start: "2022",
    });
    await expect(curator.position.create({ data: positionOf(published.id) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const onDraft = await curator.position.create({ data: positionOf(draft.id) });
    // Moving a draft's position onto a published person is refused too.
    await expect(curator.position.update({ id: onDraft.id, baseVersion: 1, data: positionOf(published.id) })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const byEditor = await editor.position.create({ data: positionOf(published.id) });
    await expect(
      curator.position.update({ id: byEditor.id, baseVersion: 1, data: { ...positionOf(published.id), title: { en: "Changed" } } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    const source = await t.db.source.findUniqueOrThrow({ where: { id: "src-gac-ckfta" }, select: { text: true } });
    // With a text, the quote must be an exact span of it; without one, any quote stands.
    const match = source.text ? /\S[^\n]{10,30}\S/.exec(source.text) : null;
    const span = match ? { quote: match[0], start: match.index } : { quote: "A quoted sentence", start: 0 };
    const citationOf = (kind: "event" | "person", id: string) => ({
      sourceId: "src-gac-ckfta",
      target: { kind, id, field: null },
      quote: span.quote,
      start: span.start,
      end: span.start + span.quote.length,
    });
    await expect(curator.citation.create({ data: citationOf("person", published.id) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const cited = await curator.citation.create({ data: citationOf("person", draft.id) });
    await expect(curator.citation.update({ id: cited.id, baseVersion: 1, data: citationOf("person", published.id) })).rejects.toMatchObject(
      {
        code: "FORBIDDEN",
      },
    );
    const editorCitation = await editor.citation.create({ data: citationOf("person", published.id) });
    await expect(
      curator.citation.update({ id: editorCitation.id, baseVersion: 1, data: citationOf("person", published.id) }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("archive and unarchive", () => {
  it("brings an archived record back as a draft, but not one that was merged", async () => {
    const editor = as("editor");
    const p = await editor.person.create({ data: personData("Archived Once") });
    await editor.person.archive({ id: p.id, baseVersion: 1 });
    await expect(as("curator").person.unarchive({ id: p.id, baseVersion: 2 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await editor.person.unarchive({ id: p.id, baseVersion: 2 })).toMatchObject({ state: "draft", version: 3 });
    await expect(editor.person.unarchive({ id: p.id, baseVersion: 3 })).rejects.toMatchObject({ code: "UNPROCESSABLE_CONTENT" });
    expect(await t.db.auditEntry.count({ where: { recordId: p.id, action: "unarchive" } })).toBe(1);

    const keep = await editor.person.create({ data: personData("Merge Keeper") });
    const gone = await editor.person.create({ data: personData("Merged Away") });
    await editor.person.merge({ survivor: { id: keep.id, baseVersion: 1 }, merged: { id: gone.id, baseVersion: 1 } });
    const merged = await editor.person.adminById({ id: gone.id });
    await expect(editor.person.unarchive({ id: gone.id, baseVersion: merged.version })).rejects.toMatchObject({
      code: "UNPROCESSABLE_CONTENT",
    });
    expect(await editor.person.adminById({ id: gone.id })).toMatchObject({ state: "archived", mergedIntoId: keep.id });
  });
});

describe("publishedAt", () => {
  it("is set when an event is published and kept through later edits", async () => {
    const editor = as("editor");
    const data = eventData();
    const ev = await editor.event.create({ data });
    await cite("event", ev.id);
    await editor.event.publish({ id: ev.id, baseVersion: 1 });
    const first = (await t.db.event.findUniqueOrThrow({ where: { id: ev.id }, select: { publishedAt: true } })).publishedAt;
    expect(first).not.toBeNull();
    await new Promise((r) => setTimeout(r, 25));
    await editor.event.update({ id: ev.id, baseVersion: 2, data: { ...data, title: { en: "Edited after publication" } } });
    const later = (await t.db.event.findUniqueOrThrow({ where: { id: ev.id }, select: { publishedAt: true } })).publishedAt;
    expect(later?.toISOString()).toBe(first!.toISOString());
  });
});

describe("free-text event filter", () => {
  it("pages through matching events newest first with the same results as before", async () => {
    const editor = as("editor");
    const word = `zyxquartz${Date.now() % 100000}`;
    const days = ["2021-03-01", "2022-07-15", "2022-07-15", "2023-01-09", "2024-11-30"];
    const ids: string[] = [];
    for (const date of days) {
      const ev = await editor.event.create({ data: eventData({ date, summary: { en: `A ${word} meeting.` } }) });
      await cite("event", ev.id);
      await editor.event.publish({ id: ev.id, baseVersion: 1 });
      ids.push(ev.id);
    }
    // A draft that matches never shows.
    await editor.event.create({ data: eventData({ summary: { en: `A ${word} draft.` } }) });
    const seen: { id: string; dateFirst: string }[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 10; i++) {
      const res: Awaited<ReturnType<ReturnType<typeof pub>["event"]["list"]>> = await pub().event.list({ q: word, limit: 2, cursor });
      seen.push(...res.items);
      cursor = res.nextCursor;
      if (!cursor) break;
    }
    expect(seen.map((e) => e.id).sort()).toEqual([...ids].sort());
    const keys = seen.map((e) => `${e.dateFirst}|${e.id}`);
    expect(keys).toEqual([...keys].sort().reverse());
    const filtered = await pub().event.list({ q: word, from: "2022-01-01", to: "2023-12-31", limit: 50 });
    expect(filtered.items).toHaveLength(3);
    expect(filtered.nextCursor).toBeNull();
  });
});

describe("user creation", () => {
  it("answers a duplicate email with a validation error even when two admins create it at once, and audits only what exists", async () => {
    const admin = as("admin");
    const input = { email: "twice@integrity.test", name: "Twice", password: "a-long-password-again", role: "curator" as const };
    const codes = await Promise.all([
      codeOf(admin.user.create(input)),
      codeOf(admin.user.create({ ...input, email: "TWICE@integrity.test" })),
    ]);
    expect(codes.sort()).toEqual(["BAD_REQUEST", "ok"]);
    const users = await t.db.user.findMany({ where: { email: "twice@integrity.test" }, select: { id: true } });
    expect(users).toHaveLength(1);
    const entries = await t.db.auditEntry.findMany({ where: { recordKind: "user", details: { path: ["change"], equals: "created" } } });
    expect(entries.every((e) => e.recordId !== "" && e.recordId.length > 0)).toBe(true);
    expect(entries.filter((e) => e.recordId === users[0]!.id)).toHaveLength(1);
    const ids = new Set((await t.db.user.findMany({ select: { id: true } })).map((u) => u.id));
    expect(entries.filter((e) => !ids.has(e.recordId))).toEqual([]);
  });
});
