/**
 * Reviewing with a preview against a real database: the record as the public will read it with
 * its citations, the changes since its published version, sending back with a required comment
 * that its curator can read, and restoring a published record's old revision as a draft.
 */
import { createTestDatabase, type TestDatabase } from "@ties/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUserWithPassword } from "../auth";
import { createContextInner, type SessionUser } from "../context";
import { createCaller } from "../root";

let t: TestDatabase;
let curator: SessionUser;
let editor: SessionUser;
const as = (user: SessionUser) => createCaller(createContextInner({ db: t.db, user, surface: "admin" }));
const publicApi = () => createCaller(createContextInner({ db: t.db }));

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  const make = async (role: "curator" | "editor", name: string) => {
    const email = `${role}@preview.test`;
    const id = await createUserWithPassword(t.db, { email, name, password: "a-long-test-password", role });
    return { id, email, name, role };
  };
  curator = await make("curator", "Cora Curator");
  editor = await make("editor", "Eddie Editor");
});
afterAll(async () => t?.drop());

let seq = 0;
const eventData = (title: string) => ({
  slug: `preview-test-${++seq}`,
  type: "phone_call" as const,
  title: { en: title },
  date: "2025-06-02",
  parties: ["KR", "CA"],
  summary: { en: "A call recorded by the review preview tests." },
});
const QUOTE = {
  sourceId: "src-ankasam-2024-canada-korea-partnership",
  quote: "On 18 July 2024, South Korea and Canada’s top diplomats met",
  start: 2045,
  end: 2104,
};

async function publishedEvent(title: string) {
  const created = await as(curator).event.create({ data: eventData(title) });
  await as(curator).citation.create({ data: { ...QUOTE, target: { kind: "event", id: created.id } } });
  const submitted = await as(curator).event.submit({ id: created.id, baseVersion: created.version });
  const published = await as(editor).event.publish({ id: created.id, baseVersion: submitted.version });
  return { id: created.id, version: published.version };
}

describe("review preview", () => {
  it("shows a submitted record as the public reads it, with its citations and every field as new when never published", async () => {
    const created = await as(curator).event.create({ data: eventData("Preview call between ministers") });
    await as(curator).citation.create({ data: { ...QUOTE, target: { kind: "event", id: created.id } } });
    const submitted = await as(curator).event.submit({ id: created.id, baseVersion: created.version });
    const p = await as(editor).review.preview({ kind: "event", id: created.id });
    expect(p).toMatchObject({ state: "in_review", version: submitted.version, publishedVersion: null, sentBack: null });
    expect(p.event?.title.en).toBe("Preview call between ministers");
    expect(p.citations.map((c) => [c.quote, c.grade])).toEqual([[QUOTE.quote, expect.stringMatching(/^[A-F]$/)]]);
    expect(p.changes).toContainEqual({ path: "title", before: undefined, after: { en: "Preview call between ministers" } });
  });

  it("diffs an edit of a published record against the published version, field by field", async () => {
    const ev = await publishedEvent("Published call before the edit");
    const edited = await as(editor).event.update({
      id: ev.id,
      baseVersion: ev.version,
      data: { ...eventData("Published call after the edit"), slug: (await as(editor).event.adminById({ id: ev.id })).data.slug },
    });
    const p = await as(curator).review.preview({ kind: "event", id: ev.id });
    expect(p.publishedVersion).toBe(edited.version - 1);
    expect(p.changes).toEqual([{ path: "title.en", before: "Published call before the edit", after: "Published call after the edit" }]);
  });
});

describe("sending back", () => {
  it("needs a comment, keeps it in the audit entry of the step, and shows it to the curator", async () => {
    const created = await as(curator).event.create({ data: eventData("Call sent back for a fix") });
    const submitted = await as(curator).event.submit({ id: created.id, baseVersion: created.version });
    await expect(as(editor).event.reject({ id: created.id, baseVersion: submitted.version })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(as(editor).event.reject({ id: created.id, baseVersion: submitted.version, reason: "  " })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const back = await as(editor).event.reject({ id: created.id, baseVersion: submitted.version, reason: "Give the city of the call" });
    expect(back.state).toBe("draft");
    const entry = await t.db.auditEntry.findFirstOrThrow({ where: { recordId: created.id, action: "reject" } });
    expect(entry.actorId).toBe(editor.id);
    expect(entry.details).toMatchObject({ reason: "Give the city of the call", version: back.version });
    expect(await as(curator).review.lastSendBack({ kind: "event", id: created.id })).toMatchObject({
      reason: "Give the city of the call",
      byName: "Eddie Editor",
      version: back.version,
    });
    expect((await as(curator).review.preview({ kind: "event", id: created.id })).sentBack?.reason).toBe("Give the city of the call");
  });
});

describe("restoring a published record", () => {
  it("makes the restored content a draft for review unless the editor confirms it goes live", async () => {
    const ev = await publishedEvent("Restore test: the right title");
    const { data } = await as(editor).event.adminById({ id: ev.id });
    const wrong = await as(editor).event.update({
      id: ev.id,
      baseVersion: ev.version,
      data: { ...data, title: { en: "Restore test: a wrong title" } },
    });
    expect(wrong.state).toBe("published");

    // Curators do not change what the public reads.
    await expect(as(curator).event.restore({ id: ev.id, version: ev.version, baseVersion: wrong.version })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const restored = await as(editor).event.restore({ id: ev.id, version: ev.version, baseVersion: wrong.version });
    expect(restored).toMatchObject({ state: "draft", version: wrong.version + 1 });
    await expect(publicApi().event.byId({ id: ev.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const history = await as(curator).event.history({ id: ev.id });
    // Submitting and publishing changed the state only (no default filled in later shows as an edit).
    expect(history.filter((h) => h.version > 1 && h.version <= ev.version).map((h) => h.changes.map((c) => c.path))).toEqual([
      ["state"],
      ["state"],
    ]);
    expect(history.at(-1)).toMatchObject({ state: "draft", reason: `Restored revision ${ev.version} as a draft` });
    expect(history.at(-1)!.changes).toContainEqual({
      path: "input.title.en",
      before: "Restore test: a wrong title",
      after: "Restore test: the right title",
    });
    // The draft goes to review, and the preview shows what changed since the published version.
    const submitted = await as(curator).event.submit({ id: ev.id, baseVersion: restored.version });
    const p = await as(editor).review.preview({ kind: "event", id: ev.id });
    expect(p.publishedVersion).toBe(wrong.version);
    expect(p.changes).toEqual([{ path: "title.en", before: "Restore test: a wrong title", after: "Restore test: the right title" }]);
    await as(editor).event.publish({ id: ev.id, baseVersion: submitted.version });
    expect((await publicApi().event.byId({ id: ev.id })).title.en).toBe("Restore test: the right title");
  });

  it("keeps a published record live when the editor confirms", async () => {
    const ev = await publishedEvent("Live restore: first title");
    const { data } = await as(editor).event.adminById({ id: ev.id });
    const second = await as(editor).event.update({
      id: ev.id,
      baseVersion: ev.version,
      data: { ...data, title: { en: "Live restore: second title" } },
    });
    const restored = await as(editor).event.restore({ id: ev.id, version: ev.version, baseVersion: second.version, live: true });
    expect(restored.state).toBe("published");
    expect((await publicApi().event.byId({ id: ev.id })).title.en).toBe("Live restore: first title");
  });
});

describe("conflicts", () => {
  it("name the other person by display name, never by e-mail", async () => {
    const created = await as(curator).event.create({ data: eventData("Conflict naming call") });
    const { data } = await as(curator).event.adminById({ id: created.id });
    await as(editor).event.update({ id: created.id, baseVersion: created.version, data: { ...data, title: { en: "Editor's title" } } });
    const refused = await as(curator)
      .event.update({ id: created.id, baseVersion: created.version, data: { ...data, title: { en: "Curator's title" } } })
      .catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: "CONFLICT" });
    const message = (refused as Error).message;
    expect(message).toContain("Eddie Editor");
    expect(message).not.toContain("@");
  });
});
