/**
 * Field-level rules against a real database: a curator cannot set or change a source's grade or a
 * claim's verdict (its reasons, the sources for and against) through create, update or the
 * single-purpose procedures, nor change a published record through any write; an editor can.
 */
import { createTestDatabase, type TestDatabase } from "@ties/db/testing";
import type { Role } from "@ties/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../context";
import { adminCaller, createUserPerRole } from "../../../../tests/support/role-users";

let t: TestDatabase;
let users: Record<Role, SessionUser>;
const as = (role: Role) => adminCaller(t.db, users[role]);

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  users = await createUserPerRole(t.db, "judgements");
});
afterAll(async () => t?.drop());

const source = (slug: string) => ({ slug, kind: "news" as const, title: `Source ${slug}`, publisherName: "Test Wire" });

describe("grades are editors' judgements", () => {
  it("refuses a curator's grade on a new or existing source, through every write", async () => {
    const curator = as("curator");
    await expect(curator.source.create({ data: { ...source("graded-by-curator"), grade: "A" } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const created = await curator.source.create({ data: source("curator-draft-source") });
    const draft = await curator.source.adminById({ id: created.id });
    expect(draft.data).toMatchObject({ grade: "F", gradeReason: "Not yet graded" });
    // Metadata is the curator's to edit; the grade and its reason are not.
    const retitled = await curator.source.update({ id: draft.id, baseVersion: draft.version, data: { ...draft.data, title: "Retitled" } });
    for (const change of [{ grade: "B" as const }, { gradeReason: "Looks official" }]) {
      await expect(
        curator.source.update({ id: draft.id, baseVersion: retitled.version, data: { ...draft.data, ...change } }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(
      curator.source.setGrade({ id: draft.id, baseVersion: retitled.version, grade: "B", reason: "Looks official" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await curator.source.adminById({ id: draft.id })).data).toMatchObject({ title: "Retitled", grade: "F" });

    const editor = as("editor");
    await editor.source.update({
      id: draft.id,
      baseVersion: retitled.version,
      data: { ...draft.data, grade: "B", gradeReason: "Wire copy" },
    });
    expect((await editor.source.adminById({ id: draft.id })).data).toMatchObject({ grade: "B", gradeReason: "Wire copy" });
  });
});

describe("verdicts are editors' judgements", () => {
  it("refuses a curator's verdict, reasons or sources for and against, and lets an editor set them", async () => {
    const curator = as("curator");
    const src = await curator.source.create({ data: source("claims-source") });
    const claim = { slug: "curator-claim", sourceId: src.id, statement: "The agreement was signed in 2014." };
    await expect(curator.claim.create({ data: { ...claim, slug: "curator-claim-judged", verdict: "supported" } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const created = await curator.claim.create({ data: { ...claim, value: "2014", rank: "preferred" } });
    const draft = await curator.claim.adminById({ id: created.id });
    for (const change of [
      { verdict: "false" as const },
      { reasoning: "I checked" },
      { supportingSourceIds: ["src-gac-ckfta"] },
      { opposingSourceIds: ["src-gac-ckfta"] },
    ]) {
      await expect(
        curator.claim.update({ id: draft.id, baseVersion: draft.version, data: { ...draft.data, ...change } }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(
      curator.claim.setVerdict({ id: draft.id, baseVersion: draft.version, verdict: "supported", reasoning: "x" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    // The statement and the competing value stay the curator's to draft.
    const edited = await curator.claim.update({ id: draft.id, baseVersion: draft.version, data: { ...draft.data, value: "2015" } });

    const r = await as("editor").claim.setVerdict({
      id: draft.id,
      baseVersion: edited.version,
      verdict: "false",
      reasoning: "The treaty text gives 2014.",
      supportingSourceIds: [],
      opposingSourceIds: ["src-gac-ckfta"],
    });
    expect((await curator.claim.adminById({ id: draft.id })).data).toMatchObject({
      verdict: "false",
      value: "2015",
      opposingSourceIds: ["src-gac-ckfta"],
    });
    // Once an editor judged it, a curator's save of the same fields as they are is not a change.
    await curator.claim.update({
      id: draft.id,
      baseVersion: r.version,
      data: { ...(await curator.claim.adminById({ id: draft.id })).data, statement: "Signed in 2015, says the wire." },
    });
  });
});

describe("published records are editors' to change", () => {
  it("refuses a curator's update of a published source, claim or event, and a citation added to one", async () => {
    const curator = as("curator");
    const src = await curator.source.adminById({ id: "src-gac-ckfta" });
    expect(src.state).toBe("published");
    await expect(
      curator.source.update({ id: src.id, baseVersion: src.version, data: { ...src.data, title: "Changed" } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const claim = await curator.claim.adminById({ id: "clm-gac-ckfta-signed-2014-09-22" });
    await expect(
      curator.claim.update({ id: claim.id, baseVersion: claim.version, data: { ...claim.data, statement: "Changed" } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const events = await curator.event.adminList({ state: "published", limit: 1 });
    const event = await curator.event.adminById({ id: events.items[0]!.id });
    await expect(curator.event.update({ id: event.id, baseVersion: event.version, data: event.data })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      curator.citation.create({
        data: { sourceId: src.id, target: { kind: "event", id: event.id, field: null }, quote: "x", start: 0, end: 1 },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
