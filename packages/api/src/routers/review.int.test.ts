/** The review queue lists what curators submitted, across kinds, until an editor decides. */
import { createTestDatabase, type TestDatabase } from "@ties/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUserWithPassword } from "../auth";
import { createContextInner, type SessionUser } from "../context";
import { createCaller } from "../root";

let t: TestDatabase;
let curator: SessionUser;
let editor: SessionUser;
const as = (user: SessionUser) => createCaller(createContextInner({ db: t.db, user, surface: "admin" }));

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  const make = async (role: "curator" | "editor") => {
    const email = `${role}@review.test`;
    const id = await createUserWithPassword(t.db, { email, name: role, password: "a-long-test-password", role });
    return { id, email, name: role, role };
  };
  curator = await make("curator");
  editor = await make("editor");
});
afterAll(async () => t?.drop());

describe("review queue", () => {
  it("shows submitted records of several kinds with their versions, and drops them once published", async () => {
    expect(await as(curator).review.queue({})).toEqual([]);
    const person = await as(curator).person.create({ data: { slug: "kim-review", name: "Kim Review", countryCode: "KR" } });
    const org = await as(curator).organization.create({
      data: { slug: "review-institute", name: { en: "Review Institute" }, kind: "think_tank" },
    });
    const draftOnly = await as(curator).person.create({ data: { slug: "still-draft", name: "Still Draft" } });
    await as(curator).citation.create({
      data: {
        sourceId: "src-ankasam-2024-canada-korea-partnership",
        target: { kind: "person", id: person.id },
        quote: "On 18 July 2024, South Korea and Canada’s top diplomats met",
        start: 2045,
        end: 2104,
      },
    });
    const p2 = await as(curator).person.submit({ id: person.id, baseVersion: person.version });
    const o2 = await as(curator).organization.submit({ id: org.id, baseVersion: org.version });

    const queue = await as(curator).review.queue({});
    expect(queue.map((q) => [q.kind, q.id, q.label, q.version])).toEqual([
      ["person", person.id, "Kim Review", p2.version],
      ["organization", org.id, "Review Institute", o2.version],
    ]);
    const drafts = await as(curator).review.queue({ state: "draft" });
    expect(drafts.map((d) => d.id)).toEqual([draftOnly.id]);

    await as(editor).person.publish({ id: person.id, baseVersion: p2.version });
    expect((await as(curator).review.queue({})).map((q) => q.id)).toEqual([org.id]);

    // Sent back: a draft again, out of the queue, the reason kept in its history.
    const back = await as(editor).organization.reject({ id: org.id, baseVersion: o2.version, reason: "Needs a French name" });
    expect(back.state).toBe("draft");
    expect(await as(curator).review.queue({})).toEqual([]);
    const history = await as(curator).organization.history({ id: org.id });
    expect(history.at(-1)).toMatchObject({ reason: "Needs a French name", state: "draft" });
    await expect(as(curator).organization.reject({ id: org.id, baseVersion: back.version })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(as(editor).organization.reject({ id: org.id, baseVersion: back.version, reason: "Again" })).rejects.toMatchObject({
      code: "UNPROCESSABLE_CONTENT",
    });
  });
});
