import { describe, expect, it } from "vitest";
import { changedJudgements, unjudgedValues } from "./editorial-judgements";

describe("editor-only judgements", () => {
  it("knows the unjudged defaults from the schemas", () => {
    expect(unjudgedValues("source")).toEqual({ grade: "F", gradeReason: "Not yet graded" });
    expect(unjudgedValues("claim")).toMatchObject({ verdict: "unverified", supportingSourceIds: [], opposingSourceIds: [] });
  });

  it("finds a grade or verdict set on a new record", () => {
    expect(changedJudgements("source", null, { title: "x", grade: "F", gradeReason: "Not yet graded" })).toEqual([]);
    expect(changedJudgements("source", null, { title: "x", grade: "A" })).toEqual(["grade"]);
    expect(changedJudgements("claim", null, { verdict: "false", reasoning: "Not yet assessed" })).toEqual(["verdict"]);
  });

  it("finds judgement fields an update changes, and ignores the rest", () => {
    const before = { title: "x", grade: "B", gradeReason: "Official" };
    expect(changedJudgements("source", before, { ...before, title: "y" })).toEqual([]);
    expect(changedJudgements("source", before, { ...before, gradeReason: "Changed" })).toEqual(["gradeReason"]);
    const claim = { verdict: "supported", reasoning: "r", supportingSourceIds: ["a"], opposingSourceIds: [] };
    expect(changedJudgements("claim", claim, { ...claim, opposingSourceIds: ["b"] })).toEqual(["opposingSourceIds"]);
  });

  it("has nothing to say about other kinds", () => {
    expect(changedJudgements("event", null, { grade: "A" })).toEqual([]);
  });
});
