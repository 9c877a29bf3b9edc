/** Agreement status: derived from milestones, with transition rules and recorded exceptions. */
import { describe, expect, it } from "vitest";
import { type MilestoneInput, ZAgreementInput } from "./agreement";
import { canTransition, checkMilestones, deriveAgreementStatus, milestoneForAction, sortMilestones } from "./agreement-status";

type M = Pick<MilestoneInput, "kind" | "date" | "exceptionReason">;
const ckfta: M[] = [
  { kind: "in_force", date: "2015-01-01" },
  { kind: "signed", date: "2014-09-22" },
];

describe("deriveAgreementStatus", () => {
  it("is 'none' without milestones", () => {
    expect(deriveAgreementStatus([])).toBe("none");
  });

  it("follows the latest milestone whatever the input order", () => {
    expect(deriveAgreementStatus(ckfta)).toBe("in_force");
    expect(deriveAgreementStatus([...ckfta].reverse())).toBe("in_force");
  });

  it("answers as of a day, the milestone's own day included", () => {
    expect(deriveAgreementStatus(ckfta, "2014-09-21")).toBe("none");
    expect(deriveAgreementStatus(ckfta, "2014-09-22")).toBe("signed");
    expect(deriveAgreementStatus(ckfta, "2014-12-31")).toBe("signed");
    expect(deriveAgreementStatus(ckfta, "2015-01-01")).toBe("in_force");
  });

  it("maps each milestone kind to the status it leaves", () => {
    const life: M[] = [
      { kind: "proposed", date: "2020" },
      { kind: "negotiations_launched", date: "2021-02" },
      { kind: "concluded", date: "2022-05-01" },
      { kind: "signed", date: "2022-06-01" },
      { kind: "ratified", date: "2022-09-01" },
      { kind: "in_force", date: "2023-01-01" },
      { kind: "amended", date: "2023-06-01" },
      { kind: "suspended", date: "2024-01-01" },
      { kind: "terminated", date: "2025-01-01" },
    ];
    const at = (d: string) => deriveAgreementStatus(life, d);
    expect(at("2020-06-01")).toBe("proposed");
    expect(at("2021-03-01")).toBe("negotiating");
    expect(at("2022-05-15")).toBe("concluded");
    expect(at("2022-07-01")).toBe("signed");
    expect(at("2022-10-01")).toBe("ratified");
    expect(at("2023-02-01")).toBe("in_force");
    expect(at("2023-07-01")).toBe("in_force");
    expect(at("2024-02-01")).toBe("suspended");
    expect(at("2025-02-01")).toBe("terminated");
    expect(checkMilestones(life)).toEqual([]);
  });

  it("puts same-day milestones in treaty order (signed before in force)", () => {
    const sameDay: M[] = [
      { kind: "in_force", date: "2024-05-01" },
      { kind: "signed", date: "2024-05-01" },
    ];
    expect(sortMilestones(sameDay).map((m) => m.kind)).toEqual(["signed", "in_force"]);
    expect(deriveAgreementStatus(sameDay)).toBe("in_force");
    expect(checkMilestones(sameDay)).toEqual([]);
  });
});

describe("transitions", () => {
  it.each([
    ["none", "signed"],
    ["negotiating", "concluded"],
    ["concluded", "signed"],
    ["signed", "ratified"],
    ["signed", "in_force"],
    ["ratified", "ratified"],
    ["ratified", "in_force"],
    ["in_force", "amended"],
    ["in_force", "suspended"],
    ["suspended", "in_force"],
    ["in_force", "terminated"],
  ] as const)("allows %s -> %s for a treaty", (from, to) => {
    expect(canTransition(from, to)).toBe(true);
  });

  it.each([
    ["none", "in_force"],
    ["negotiating", "in_force"],
    ["concluded", "in_force"],
    ["none", "ratified"],
    ["in_force", "signed"],
    ["in_force", "in_force"],
    ["terminated", "in_force"],
    ["terminated", "signed"],
    ["signed", "negotiations_launched"],
  ] as const)("refuses %s -> %s for a treaty", (from, to) => {
    expect(canTransition(from, to)).toBe(false);
    expect(canTransition(from, to, "fta")).toBe(false);
  });

  it.each(["strategic_partnership", "action_plan", "mechanism", "joint_statement"] as const)(
    "lets a %s take effect on adoption, without signature",
    (kind) => {
      expect(canTransition("none", "in_force", kind)).toBe(true);
      expect(canTransition("proposed", "in_force", kind)).toBe(true);
      expect(checkMilestones([{ kind: "in_force", date: "2024-07-18" }], kind)).toEqual([]);
      expect(canTransition("terminated", "in_force", kind)).toBe(false);
    },
  );

  it("does not extend that to MOUs, FTAs or security agreements", () => {
    for (const kind of ["mou", "fta", "security_of_information", "treaty"] as const) {
      expect(canTransition("none", "in_force", kind)).toBe(false);
    }
  });
});

describe("checkMilestones", () => {
  it("flags 'in force' before 'signed' and says where", () => {
    const bad: M[] = [
      { kind: "negotiations_launched", date: "2023-04" },
      { kind: "in_force", date: "2024-01-01" },
    ];
    const violations = checkMilestones(bad, "security_of_information");
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({ index: 1, kind: "in_force", from: "negotiating" });
    expect(violations[0]!.message).toContain("in_force");
  });

  it("reports the index in the caller's order, not the sorted order", () => {
    const bad: M[] = [
      { kind: "ratified", date: "2020-03-01" },
      { kind: "terminated", date: "2021-01-01" },
      { kind: "in_force", date: "2020-01-01" },
    ];
    // In time order: "in force" from nothing (caller's index 2), then "ratified" after "in force" (index 0).
    expect(checkMilestones(bad).map((v) => [v.index, v.kind, v.from])).toEqual([
      [2, "in_force", "none"],
      [0, "ratified", "in_force"],
    ]);
  });

  it("accepts a refused transition when the curator records why", () => {
    const provisional: M[] = [
      { kind: "concluded", date: "2019-10-01" },
      { kind: "in_force", date: "2019-12-01", exceptionReason: "Applied provisionally before signature" },
      { kind: "signed", date: "2020-02-01", exceptionReason: "Signed after provisional application" },
    ];
    expect(checkMilestones(provisional)).toEqual([]);
    const withoutReasons = provisional.map(({ kind, date }) => ({ kind, date }));
    expect(checkMilestones(withoutReasons).map((v) => v.kind)).toEqual(["in_force", "signed"]);
  });

  it("accepts the CKFTA timeline and refuses it reversed in time", () => {
    expect(checkMilestones(ckfta, "fta")).toEqual([]);
    const reversed: M[] = [
      { kind: "in_force", date: "2014-09-22" },
      { kind: "signed", date: "2015-01-01" },
    ];
    expect(checkMilestones(reversed, "fta")).toHaveLength(2);
  });

  it("is what an agreement record's milestones are checked with", () => {
    const a = ZAgreementInput.parse({
      slug: "canada-korea-free-trade-agreement",
      name: { en: "Canada-Korea Free Trade Agreement" },
      kind: "fta",
      parties: ["KR", "CA"],
      milestones: ckfta,
    });
    expect(a.milestones.every((m) => m.party === null && m.eventId === null)).toBe(true);
    expect(checkMilestones(a.milestones, a.kind)).toEqual([]);
  });
});

describe("milestoneForAction", () => {
  it.each([
    ["proposed", "proposed"],
    ["negotiations_launched", "negotiations_launched"],
    ["concluded", "concluded"],
    ["signed", "signed"],
    ["launched", "in_force"],
    ["adopted", "in_force"],
    ["amended", "amended"],
    ["extended", "amended"],
    ["terminated", "terminated"],
  ])("records %s as a %s milestone", (action, kind) => {
    expect(milestoneForAction(action)).toBe(kind);
  });

  it("records nothing for a reaffirmation or an unknown action", () => {
    expect(milestoneForAction("reaffirmed")).toBeNull();
    expect(milestoneForAction("welcomed")).toBeNull();
  });
});
