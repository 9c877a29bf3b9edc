/**
 * Curation procedures against a real database: the authorisation matrix walked from the router
 * itself, concurrent saves from one base revision, history and restore, merge and unmerge,
 * the review workflow, and audited verdicts, grades and roles.
 */
import { createTestDatabase, type TestDatabase } from "@ties/db/testing";
import { ROLES, type Role } from "@ties/domain";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContextInner, type SessionUser } from "../context";
import { appRouter, createCaller } from "../root";
import { adminCaller, createUserPerRole } from "../../../../tests/support/role-users";

let t: TestDatabase;
let users: Record<Role, SessionUser>;
const as = (role: Role) => adminCaller(t.db, users[role]);
const anonymous = () => createCaller(createContextInner({ db: t.db, user: null, surface: "admin" }));

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  users = await createUserPerRole(t.db, "curation");
});
afterAll(async () => {
  await t?.drop();
});

// ---------- authorisation matrix ----------

const PUBLIC = new Set([
  ...["event", "agreement", "commitment", "person", "organization", "area", "source", "claim"].flatMap((k) => [
    `${k}.list`,
    `${k}.byId`,
    `${k}.bySlug`,
  ]),
  "person.holders",
  "event.recent",
  "event.filterOptions",
  "search.query",
  "stats.activity",
  "stats.totals",
]);

const RECORD: Record<string, Role> = {
  adminList: "curator",
  adminById: "curator",
  create: "curator",
  update: "curator",
  history: "curator",
  submit: "curator",
  reject: "editor",
  restore: "editor",
  publish: "editor",
  unpublish: "editor",
  archive: "editor",
  unarchive: "editor",
};
const MERGE: Record<string, Role> = { merge: "editor", unmerge: "editor", merges: "curator" };
const SUB_RECORD: Record<string, Role> = {
  adminById: "curator",
  create: "curator",
  update: "curator",
  history: "curator",
  restore: "editor",
};
const prefixed = (kind: string, table: Record<string, Role>) =>
  Object.fromEntries(Object.entries(table).map(([k, v]) => [`${kind}.${k}`, v]));

/** The minimum role of every non-public procedure. A procedure missing here fails the test. */
const EXPECTED: Record<string, Role> = {
  ...prefixed("event", { ...RECORD, ...MERGE }),
  ...prefixed("person", { ...RECORD, ...MERGE }),
  ...prefixed("organization", { ...RECORD, ...MERGE }),
  ...prefixed("agreement", RECORD),
  ...prefixed("commitment", RECORD),
  ...prefixed("area", RECORD),
  ...prefixed("source", {
    ...RECORD,
    setGrade: "editor",
    intake: "curator",
    reextract: "curator",
    workbench: "curator",
    restoreBoilerplate: "curator",
    submitDrafts: "curator",
  }),
  ...prefixed("suggestion", { list: "curator", accept: "curator", reject: "curator", undo: "curator" }),
  ...prefixed("claim", { ...RECORD, setVerdict: "editor" }),
  ...prefixed("audit", { list: "curator", actors: "curator" }),
  ...prefixed("dashboard", { mine: "curator" }),
  ...prefixed("position", SUB_RECORD),
  ...prefixed("citation", { ...SUB_RECORD, ofRecord: "curator", remove: "curator" }),
  "user.list": "admin",
  "user.create": "admin",
  "user.setRole": "admin",
  "user.ban": "admin",
  "user.unban": "admin",
  "review.queue": "curator",
  "review.publishWithDependencies": "editor",
  "review.preview": "curator",
  "review.lastSendBack": "curator",
  ...prefixed("importRun", { start: "editor", byId: "editor", list: "editor", datasets: "editor" }),
};

function procedureAt(caller: unknown, path: string): (input: unknown) => Promise<unknown> {
  let node: unknown = caller;
  for (const key of path.split(".")) node = (node as Record<string, unknown>)[key];
  if (typeof node !== "function") throw new Error(`No procedure at ${path}`);
  return (input) => Promise.resolve(node(input));
}

async function outcome(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
    return "ok";
  } catch (e) {
    if (!(e instanceof TRPCError)) throw e;
    return e.code;
  }
}

describe("authorisation matrix", () => {
  const paths = Object.keys(appRouter._def.procedures).sort();

  it("knows every procedure of the router", () => {
    const unknown = paths.filter((p) => !PUBLIC.has(p) && !(p in EXPECTED));
    expect(unknown, "procedures with no expected access level").toEqual([]);
    const gone = [...PUBLIC, ...Object.keys(EXPECTED)].filter((p) => !paths.includes(p));
    expect(gone, "table entries with no procedure").toEqual([]);
  });

  it("lets each role do exactly what it should", async () => {
    const failures: string[] = [];
    const callers = { anonymous: anonymous(), curator: as("curator"), editor: as("editor"), admin: as("admin") };
    for (const path of paths) {
      for (const [who, caller] of Object.entries(callers)) {
        const got = await outcome(() => procedureAt(caller, path)({}));
        const needed = EXPECTED[path];
        const allowed = needed === undefined || (who !== "anonymous" && ROLES.indexOf(who as Role) >= ROLES.indexOf(needed));
        const expected = allowed ? "allowed" : who === "anonymous" ? "UNAUTHORIZED" : "FORBIDDEN";
        const actual = got === "UNAUTHORIZED" || got === "FORBIDDEN" ? got : "allowed";
        if (got === "INTERNAL_SERVER_ERROR") failures.push(`${path} as ${who}: internal error on dummy input`);
        if (actual !== expected) failures.push(`${path} as ${who}: expected ${expected}, got ${got}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("public procedures never need a session, and curation is refused on the public surface", async () => {
    const signedInOnPublic = createCaller(createContextInner({ db: t.db, user: users.admin, surface: "public" }));
    await expect(signedInOnPublic.event.create({ data: {} as never })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect((await signedInOnPublic.event.list({})).items.length).toBeGreaterThan(0);
  });
});

// ---------- writes ----------

let seq = 0;
const eventData = (title = `Curation test meeting ${++seq}`) => ({
  slug: `curation-test-meeting-${++seq}`,
  type: "meeting" as const,
  title: { en: title },
  date: "2025-05-05",
  summary: { en: "A meeting written by the curation tests." },
});

describe("concurrent saves", () => {
  it("applies exactly one of 20 saves from the same base revision and refuses the rest with CONFLICT naming who", async () => {
    const created = await as("curator").event.create({ data: eventData() });
    const base = await as("curator").event.adminById({ id: created.id });
    const writers = [as("curator"), as("editor")];
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        writers[i % 2]!.event.update({
          id: created.id,
          baseVersion: base.version,
          data: { ...base.data, title: { en: `Edit number ${i}` } },
        }),
      ),
    );
    const applied = results.filter((r) => r.status === "fulfilled");
    const refused = results.flatMap((r) => (r.status === "rejected" ? [r.reason] : []));
    expect(applied).toHaveLength(1);
    expect(refused).toHaveLength(19);
    const revisions = await t.db.revision.findMany({ where: { recordKind: "event", recordId: created.id }, orderBy: { version: "asc" } });
    expect(revisions.map((r) => r.version)).toEqual([1, 2]);
    const winner = Object.values(users).find((u) => u.id === revisions[1]!.authorId)!;
    for (const e of refused) {
      expect(e).toBeInstanceOf(TRPCError);
      expect(e.code).toBe("CONFLICT");
      expect(e.message).toContain(winner.name);
      expect(e.message).toContain("revision 2");
    }
    const after = await as("curator").event.adminById({ id: created.id });
    expect(after.version).toBe(2);
    expect(revisions[1]!.snapshot).toMatchObject({ input: { title: after.data.title } });
    expect(await t.db.auditEntry.count({ where: { recordKind: "event", recordId: created.id, action: "update" } })).toBe(1);
  });
});

describe("workflow, history and restore", () => {
  it("takes a draft through review to publication, where the public sees it", async () => {
    const curator = as("curator");
    const editor = as("editor");
    const data = eventData("Workflow test meeting in Halifax");
    const created = await curator.event.create({ data });
    await expect(createCaller(createContextInner({ db: t.db })).event.byId({ id: created.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await curator.citation.create({
      data: {
        sourceId: "src-ankasam-2024-canada-korea-partnership",
        target: { kind: "event", id: created.id },
        quote: "On 18 July 2024, South Korea and Canada’s top diplomats met",
        start: 2045,
        end: 2104,
      },
    });
    const submitted = await curator.event.submit({ id: created.id, baseVersion: 1 });
    expect(submitted.state).toBe("in_review");
    await expect(curator.event.publish({ id: created.id, baseVersion: 2 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const published = await editor.event.publish({ id: created.id, baseVersion: 2 });
    expect(published).toMatchObject({ state: "published", version: 3 });
    expect((await createCaller(createContextInner({ db: t.db })).event.byId({ id: data.slug })).id).toBe(created.id);
    // A curator's edit would go live unreviewed: editors change published records.
    await expect(
      curator.event.update({ id: created.id, baseVersion: 3, data: { ...data, title: { en: "Sneaky" } } }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const stale = await editor.event.update({ id: created.id, baseVersion: 1, data }).catch((e: TRPCError) => e);
    expect(stale).toMatchObject({ code: "CONFLICT" });
  });

  it("shows history with field diffs and restores an earlier revision as a new one", async () => {
    const curator = as("curator");
    const data = eventData("Original title");
    const created = await curator.event.create({ data });
    await curator.event.update({
      id: created.id,
      baseVersion: 1,
      data: { ...data, title: { en: "Changed title" } },
      reason: "Fix the title",
    });
    const history = await curator.event.history({ id: created.id });
    expect(history.map((h) => h.version)).toEqual([1, 2]);
    expect(history[1]).toMatchObject({ reason: "Fix the title", authorName: users.curator.name });
    expect(history[1]!.changes).toContainEqual({ path: "input.title.en", before: "Original title", after: "Changed title" });

    await expect(curator.event.restore({ id: created.id, version: 1, baseVersion: 2 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const restored = await as("editor").event.restore({ id: created.id, version: 1, baseVersion: 2 });
    expect(restored.version).toBe(3);
    expect((await curator.event.adminById({ id: created.id })).data.title.en).toBe("Original title");
    const after = await curator.event.history({ id: created.id });
    expect(after.map((h) => h.version)).toEqual([1, 2, 3]);
    expect(after[2]!.changes).toContainEqual({ path: "input.title.en", before: "Changed title", after: "Original title" });
    expect(await t.db.auditEntry.count({ where: { recordId: created.id, action: "restore" } })).toBe(1);
  });

  it("shows curators a source's full text, which the public never gets", async () => {
    const s = await as("curator").source.adminById({ id: "src-gac-ckfta" });
    expect(typeof s.data.text).toBe("string");
    const pub = await createCaller(createContextInner({ db: t.db })).source.byId({ id: "src-gac-ckfta" });
    expect(Object.keys(pub)).not.toContain("text");
  });
});

describe("merge and unmerge", () => {
  it("moves a duplicate person's participation, positions, citations and names to the survivor, and undoes it", async () => {
    const editor = as("editor");
    const keep = await editor.person.create({ data: { slug: "merge-test-kim-min-jun", name: "Kim Min-jun", countryCode: "KR" } });
    const dup = await editor.person.create({ data: { slug: "merge-test-kim-minjun", name: "Kim Minjun", countryCode: "KR" } });
    const position = await editor.position.create({
      data: {
        personId: dup.id,
        organizationId: "org-mofa-kr",
        role: "merge-test-role",
        title: { en: "Merge Test Officer" },
        start: "2024",
      },
    });
    const ev = await editor.event.create({ data: { ...eventData(), participants: [{ personId: dup.id, side: "KR" }] } });
    const claim = await editor.claim.create({
      data: {
        slug: "merge-test-claim",
        sourceId: "src-gac-ckfta",
        statement: "Kim Minjun attended.",
        subject: { kind: "person", id: dup.id, field: null },
      },
    });

    const merge = await editor.person.merge({ survivor: { id: keep.id, baseVersion: 1 }, merged: { id: dup.id, baseVersion: 1 } });
    expect(merge.movedCounts).toMatchObject({ participants: 1, positions: 1, claims: 1 });
    const merged = await editor.person.adminById({ id: dup.id });
    expect(merged).toMatchObject({ state: "archived", mergedIntoId: keep.id });
    const survivor = await editor.person.adminById({ id: keep.id });
    expect(survivor.data.variants.map((v) => v.name)).toContain("Kim Minjun");
    expect((await editor.event.adminById({ id: ev.id })).data.participants.map((p) => p.personId)).toEqual([keep.id]);
    expect((await t.db.position.findUniqueOrThrow({ where: { id: position.id } })).personId).toBe(keep.id);
    expect((await editor.claim.adminById({ id: claim.id })).data.subject?.id).toBe(keep.id);
    expect(await t.db.merge.count({ where: { id: merge.id, survivorId: keep.id, mergedId: dup.id } })).toBe(1);
    expect((await editor.person.merges({ id: keep.id })).map((m) => m.id)).toEqual([merge.id]);

    const undone = await editor.person.unmerge({ mergeId: merge.id });
    expect(undone.undoneAt).not.toBeNull();
    expect(await editor.person.adminById({ id: dup.id })).toMatchObject({ state: "draft", mergedIntoId: null });
    expect((await editor.person.adminById({ id: keep.id })).data.variants.map((v) => v.name)).not.toContain("Kim Minjun");
    expect((await editor.event.adminById({ id: ev.id })).data.participants.map((p) => p.personId)).toEqual([dup.id]);
    expect((await t.db.position.findUniqueOrThrow({ where: { id: position.id } })).personId).toBe(dup.id);
    expect((await editor.claim.adminById({ id: claim.id })).data.subject?.id).toBe(dup.id);
    await expect(editor.person.unmerge({ mergeId: merge.id })).rejects.toMatchObject({ code: "UNPROCESSABLE_CONTENT" });
    const actions = (await t.db.auditEntry.findMany({ where: { recordId: { in: [keep.id, dup.id] } }, select: { action: true } })).map(
      (a) => a.action,
    );
    expect(actions).toEqual(expect.arrayContaining(["merge", "unmerge", "archive"]));
  });

  it("merges duplicate events, keeping the survivor's links and adding the other's", async () => {
    const editor = as("editor");
    const a = await editor.event.create({ data: { ...eventData(), organizationIds: ["org-gac"] } });
    const b = await editor.event.create({
      data: { ...eventData(), organizationIds: ["org-gac", "org-mofa-kr"], participants: [{ personId: "per-melanie-joly", side: "CA" }] },
    });
    const merge = await editor.event.merge({ survivor: { id: a.id, baseVersion: 1 }, merged: { id: b.id, baseVersion: 1 } });
    const survivor = await editor.event.adminById({ id: a.id });
    expect(survivor.data.organizationIds.sort()).toEqual(["org-gac", "org-mofa-kr"]);
    expect(survivor.data.participants.map((p) => p.personId)).toEqual(["per-melanie-joly"]);
    await expect(
      editor.event.merge({ survivor: { id: a.id, baseVersion: survivor.version }, merged: { id: b.id, baseVersion: 2 } }),
    ).rejects.toMatchObject({
      code: "UNPROCESSABLE_CONTENT",
    });
    await editor.event.unmerge({ mergeId: merge.id });
    expect((await editor.event.adminById({ id: a.id })).data.organizationIds).toEqual(["org-gac"]);
    expect((await editor.event.adminById({ id: b.id })).data.organizationIds.sort()).toEqual(["org-gac", "org-mofa-kr"]);
  });
});

describe("verdicts, grades and roles are audited", () => {
  it("records a claim verdict with its reasoning", async () => {
    const claim = await as("editor").claim.adminById({ id: "clm-gac-ckfta-signed-2014-09-22" });
    await expect(
      as("curator").claim.setVerdict({ id: claim.id, baseVersion: claim.version, verdict: "disputed", reasoning: "x" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const r = await as("editor").claim.setVerdict({
      id: claim.id,
      baseVersion: claim.version,
      verdict: "disputed",
      reasoning: "A second source gives another day.",
    });
    expect(r.version).toBe(claim.version + 1);
    const pub = await createCaller(createContextInner({ db: t.db })).claim.byId({ id: claim.id });
    expect(pub).toMatchObject({ verdict: "disputed", reasoning: "A second source gives another day." });
    const audit = await t.db.auditEntry.findFirst({ where: { recordKind: "claim", recordId: claim.id, action: "verdict" } });
    expect(audit?.actorId).toBe(users.editor.id);
  });

  it("records a source grade with its reason", async () => {
    const src = await as("editor").source.adminById({ id: "src-gac-ckfta" });
    await as("editor").source.setGrade({ id: src.id, baseVersion: src.version, grade: "B", reason: "Official, but a summary page." });
    const pub = await createCaller(createContextInner({ db: t.db })).source.byId({ id: src.id });
    expect(pub).toMatchObject({ grade: "B", gradeReason: "Official, but a summary page.", gradeLabel: "Usually reliable" });
    expect(await t.db.auditEntry.count({ where: { recordKind: "source", recordId: src.id, action: "grade" } })).toBe(1);
    await expect(as("editor").source.setGrade({ id: src.id, baseVersion: src.version, grade: "C", reason: "stale" })).rejects.toMatchObject(
      {
        code: "CONFLICT",
      },
    );
  });

  it("lets admins create users, change roles and ban, each audited", async () => {
    const admin = as("admin");
    const u = await admin.user.create({
      email: "new.curator@curation.test",
      name: "New Curator",
      password: "another-long-password",
      role: "curator",
    });
    expect(u.role).toBe("curator");
    await expect(
      admin.user.create({ email: "new.curator@curation.test", name: "Again", password: "another-long-password", role: "curator" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect((await admin.user.setRole({ userId: u.id, role: "editor" })).role).toBe("editor");
    expect((await admin.user.ban({ userId: u.id, reason: "Left the project" })).banned).toBe(true);
    expect((await admin.user.unban({ userId: u.id })).banned).toBe(false);
    await expect(admin.user.setRole({ userId: users.admin.id, role: "curator" })).rejects.toMatchObject({ code: "UNPROCESSABLE_CONTENT" });
    const entries = await t.db.auditEntry.findMany({ where: { recordKind: "user", recordId: u.id }, orderBy: { at: "asc" } });
    expect(entries.map((e) => (e.details as { change?: string }).change)).toEqual(["created", "role", "ban", "unban"]);
    const listed = await admin.user.list({});
    expect(listed.items.map((x) => x.email)).toContain("new.curator@curation.test");
  });
});
