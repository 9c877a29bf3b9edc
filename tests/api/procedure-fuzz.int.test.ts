/**
 * Every procedure, public and curation, fuzzed through the real router against a real database
 * (a seeded one of this file's own) as an anonymous reader and as a signed-in curator, editor and
 * admin. No input gives an INTERNAL_SERVER_ERROR or a message that leaks internals. Runs per
 * procedure and role: FUZZ_RUNS (4 unless set; `npm run test:stress` runs more).
 */
import { type Context, createCaller, createContextInner, type SessionUser } from "@ties/api";
import { createUserWithPassword } from "@ties/api/server";
import { createTestDatabase, type TestDatabase } from "@ties/db/testing";
import type { Role } from "@ties/domain";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callAndJudge, describeInput, fuzzTargets } from "../support/procedure-fuzz";

const RUNS = Number(process.env.FUZZ_RUNS ?? 4);

let t: TestDatabase;
const contexts: { who: string; ctx: () => Context }[] = [];
let ids: string[] = [];
beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  contexts.push({ who: "anonymous", ctx: () => createContextInner({ db: t.db, surface: "public" }) });
  for (const role of ["curator", "editor", "admin"] as const satisfies Role[]) {
    const email = `fuzz-${role}@example.test`;
    const id = await createUserWithPassword(t.db, { email, name: `Fuzz ${role}`, password: "fuzz-password-123", role });
    const user: SessionUser = { id, email, name: `Fuzz ${role}`, role };
    contexts.push({ who: role, ctx: () => createContextInner({ db: t.db, user, surface: "admin" }) });
  }
  // Real ids and slugs, so some inputs name records that exist and reach the write paths.
  const [events, agreements, people, sources] = await Promise.all([
    t.db.event.findMany({ take: 3, select: { id: true, slug: true } }),
    t.db.agreement.findMany({ take: 2, select: { id: true, slug: true } }),
    t.db.person.findMany({ take: 2, select: { id: true, slug: true } }),
    t.db.source.findMany({ take: 2, select: { id: true, slug: true } }),
  ]);
  ids = [...events, ...agreements, ...people, ...sources].flatMap((r) => [r.id, r.slug]);
}, 120_000);
afterAll(async () => {
  await t?.drop();
});

describe("every procedure, every role, hostile input", () => {
  it("walks the whole router: public reads, curation, review and user management", () => {
    const paths = fuzzTargets([]).map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining(["event.list", "event.create", "event.publish", "user.create", "review.queue", "source.intake"]),
    );
    expect(paths.length).toBeGreaterThan(100);
  });

  // Found by the fuzzing: versions past PostgreSQL's 4-byte integer reached the database (500).
  it("a version number too large for the database is a 400 naming the limit, on every versioned write", async () => {
    const event = await t.db.event.findFirstOrThrow({ select: { id: true } });
    const admin = contexts.find((c) => c.who === "admin")?.ctx;
    if (!admin) throw new Error("no admin context");
    for (const [path, input] of [
      ["event.publish", { id: event.id, baseVersion: 2 ** 31 }],
      ["event.update", { id: event.id, baseVersion: 6338780442842654, data: {} }],
      ["event.restore", { id: event.id, version: 212647058912586, baseVersion: 1 }],
      ["review.publishWithDependencies", { kind: "event", id: event.id, baseVersion: 2 ** 40 }],
    ] as const) {
      expect(await callAndJudge(admin(), path, input), path).toBeNull();
    }
    await expect(createCaller(admin()).event.publish({ id: event.id, baseVersion: 2 ** 31 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("No record has that many versions"),
    });
  });

  it("a user id or an organisation with a lone surrogate or NUL is a 400, never a database error", async () => {
    const admin = contexts.find((c) => c.who === "admin")?.ctx;
    if (!admin) throw new Error("no admin context");
    for (const [path, input] of [
      ["user.ban", { userId: "\ud800", reason: "!pevalar" }],
      ["user.unban", { userId: "a\u0000b" }],
      ["user.setRole", { userId: "\udfff", role: "editor" }],
      // Found by the fuzzing: an organisation of one lone surrogate reached the database (500).
      ["person.holders", { role: "yp~>*yp~>", organization: "\ud800", date: "2025-03-04" }],
      ["person.holders", { role: "minister", organization: "a\u0000b", date: "2025-03-04" }],
    ] as const) {
      expect(await callAndJudge(admin(), path, input), path).toBeNull();
    }
    await expect(createCaller(admin()).user.ban({ userId: "\ud800" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it(`${RUNS} runs per procedure and role: never an internal error, always a clear message`, async () => {
    const targets = fuzzTargets(ids);
    const counts = new Map<string, number>();
    const failures: string[] = [];
    for (const target of targets) {
      for (const { who, ctx } of contexts) {
        await fc
          .assert(
            fc.asyncProperty(target.input, async (input) => {
              counts.set(target.path, (counts.get(target.path) ?? 0) + 1);
              const problem = await callAndJudge(ctx(), target.path, input);
              if (problem) failures.push(`${who} ${problem.replace(/\s+/g, " ").slice(0, 600)} <- ${describeInput(input)}`);
              return problem === null;
            }),
            { numRuns: RUNS, endOnFailure: true },
          )
          .catch(() => undefined);
      }
    }
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    console.log(
      `fuzz: ${total} cases over ${counts.size} procedures (${RUNS} per procedure and role, 4 roles): ${[...counts].map(([p, n]) => `${p} ${n}`).join(", ")}`,
    );
    expect(failures).toEqual([]);
    expect(counts.size).toBe(targets.length);
  });
});
