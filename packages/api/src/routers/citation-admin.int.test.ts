/**
 * Managing a record's citations against a real database: listing them with their quotes, removing
 * one through the audited write path (a stale version refused), a curator kept off a published
 * record's citations, and an area's parent checked (it must exist and not sit under the area).
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
  users = await createUserPerRole(t.db, "citations");
});
afterAll(async () => t?.drop());

describe("a record's citations", () => {
  it("lists, re-points and removes a draft's citations, each audited, and refuses a stale removal", async () => {
    const curator = as("curator");
    const source = await curator.source.create({
      data: {
        slug: "citations-test-source",
        kind: "news",
        title: "Citations test",
        publisherName: "Wire",
        text: "Ministers met in Ottawa. They signed a memorandum on minerals.",
      },
    });
    const org = await curator.organization.create({
      data: { slug: "citations-test-org", name: { en: "Citations Test Agency" }, kind: "agency" },
    });
    const cited = await curator.citation.create({
      data: {
        sourceId: source.id,
        target: { kind: "organization", id: org.id, field: null },
        quote: "Ministers met in Ottawa.",
        start: 0,
        end: 24,
      },
    });
    const listed = await curator.citation.ofRecord({ kind: "organization", id: org.id });
    expect(listed).toEqual([
      expect.objectContaining({
        id: cited.id,
        quote: "Ministers met in Ottawa.",
        sourceTitle: "Citations test",
        sourceState: "draft",
        version: 1,
      }),
    ]);
    const moved = await curator.citation.update({
      id: cited.id,
      baseVersion: 1,
      data: {
        sourceId: source.id,
        target: { kind: "organization", id: org.id, field: "name" },
        quote: "They signed a memorandum on minerals.",
        start: 25,
        end: 62,
      },
    });
    await expect(curator.citation.remove({ id: cited.id, baseVersion: 1 })).rejects.toMatchObject({ code: "CONFLICT" });
    await curator.citation.remove({ id: cited.id, baseVersion: moved.version, reason: "Wrong span" });
    expect(await curator.citation.ofRecord({ kind: "organization", id: org.id })).toEqual([]);
    const audit = await t.db.auditEntry.findFirst({ where: { recordKind: "citation", recordId: cited.id, action: "delete" } });
    expect(audit?.actorId).toBe(users.curator.id);
    const history = await curator.citation.history({ id: cited.id });
    expect(history.at(-1)?.reason).toBe("Wrong span");
  });

  it("keeps curators off a published record's citations; an editor may remove one", async () => {
    const [citation] = await t.db.citation.findMany({ where: { targetKind: "agreement", targetId: "agr-ckfta" }, take: 1 });
    expect(citation).toBeDefined();
    await expect(as("curator").citation.remove({ id: citation!.id, baseVersion: citation!.version })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await as("editor").citation.remove({ id: citation!.id, baseVersion: citation!.version });
    expect(await t.db.citation.count({ where: { id: citation!.id } })).toBe(0);
  });
});

describe("an area's parent", () => {
  it("must be an existing area, and never the area itself or one under it", async () => {
    const curator = as("curator");
    await expect(
      curator.area.create({ data: { slug: "orphan-area", name: { en: "Orphan" }, parentSlug: "no-such-area" } }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const top = await curator.area.create({ data: { slug: "test-top", name: { en: "Top" }, parentSlug: null } });
    const child = await curator.area.create({ data: { slug: "test-child", name: { en: "Child" }, parentSlug: "test-top" } });
    await expect(
      curator.area.update({
        id: top.id,
        baseVersion: top.version,
        data: { slug: "test-top", name: { en: "Top" }, parentSlug: "test-child" },
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      curator.area.update({
        id: top.id,
        baseVersion: top.version,
        data: { slug: "test-top", name: { en: "Top" }, parentSlug: "test-top" },
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const moved = await curator.area.update({
      id: child.id,
      baseVersion: child.version,
      data: { slug: "test-child", name: { en: "Child" }, parentSlug: "economy-trade" },
    });
    expect((await curator.area.adminById({ id: moved.id })).data.parentSlug).toBe("economy-trade");
  });
});
