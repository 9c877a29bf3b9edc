/** Revision diffs and role ranks. */
import { describe, expect, it } from "vitest";
import { diffSnapshots, isRole, ROLES, roleAtLeast } from "./revision";

describe("diffSnapshots", () => {
  it("finds nothing between equal snapshots, whatever their key order", () => {
    expect(diffSnapshots({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toEqual([]);
  });

  it("does not report arrays of objects whose keys were reordered (as JSONB storage does)", () => {
    const before = { milestones: [{ kind: "signed", date: "2014-09-22" }] };
    const after = { milestones: [{ date: "2014-09-22", kind: "signed" }] };
    expect(diffSnapshots(before, after)).toEqual([]);
  });

  it("reports changed fields by dotted path, in key order", () => {
    const before = { title: { en: "Meeting", fr: "Réunion" }, date: "2025-03-07", state: "draft" };
    const after = { title: { en: "Talks", fr: "Réunion" }, date: "2025-03-08", state: "draft" };
    expect(diffSnapshots(before, after)).toEqual([
      { path: "date", before: "2025-03-07", after: "2025-03-08" },
      { path: "title.en", before: "Meeting", after: "Talks" },
    ]);
  });

  it("reports added and removed fields", () => {
    expect(diffSnapshots({ a: 1 }, { a: 1, b: 2 })).toEqual([{ path: "b", before: undefined, after: 2 }]);
    expect(diffSnapshots({ a: 1, b: 2 }, { a: 1 })).toEqual([{ path: "b", before: 2, after: undefined }]);
    expect(diffSnapshots({ a: null }, { a: undefined })).toEqual([{ path: "a", before: null, after: undefined }]);
  });

  it("compares arrays as wholes, order included", () => {
    expect(diffSnapshots({ areas: ["maritime", "energy"] }, { areas: ["energy", "maritime"] })).toEqual([
      { path: "areas", before: ["maritime", "energy"], after: ["energy", "maritime"] },
    ]);
    expect(diffSnapshots({ areas: [{ slug: "a" }] }, { areas: [{ slug: "b" }] })).toHaveLength(1);
  });

  it("reports a value that changes shape at its own path", () => {
    expect(diffSnapshots({ location: { city: "Ottawa" } }, { location: null })).toEqual([
      { path: "location", before: { city: "Ottawa" }, after: null },
    ]);
    expect(diffSnapshots("a", "b")).toEqual([{ path: "", before: "a", after: "b" }]);
  });
});

describe("roleAtLeast", () => {
  it("ranks curator < editor < admin", () => {
    expect(ROLES).toEqual(["curator", "editor", "admin"]);
    expect(roleAtLeast("curator", "curator")).toBe(true);
    expect(roleAtLeast("curator", "editor")).toBe(false);
    expect(roleAtLeast("editor", "curator")).toBe(true);
    expect(roleAtLeast("editor", "editor")).toBe(true);
    expect(roleAtLeast("editor", "admin")).toBe(false);
    expect(roleAtLeast("admin", "editor")).toBe(true);
    expect(roleAtLeast("admin", "admin")).toBe(true);
  });

  it("grants nothing without a role", () => {
    expect(roleAtLeast(null, "curator")).toBe(false);
    expect(roleAtLeast(undefined, "curator")).toBe(false);
  });
});

describe("isRole", () => {
  it("accepts the three roles and nothing else", () => {
    for (const role of ROLES) expect(isRole(role)).toBe(true);
    for (const other of ["Admin", "owner", "", null, undefined, 1]) expect(isRole(other)).toBe(false);
  });
});
