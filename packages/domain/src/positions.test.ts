/** Who held a role on a day: open ends, imprecise boundaries, and title variants of one role. */
import { describe, expect, it } from "vitest";
import { ZPositionInput } from "./person";
import { holdersOn, matchesRole, type PositionSpan, positionCovers } from "./positions";

const mofa = "org-mofa-kr";
const fm = (personId: string, start: string | null, end: string | null) => ({
  personId,
  role: "foreign-minister",
  organizationId: mofa,
  title: { en: "Minister of Foreign Affairs", fr: "Ministre des Affaires étrangères", ko: "외교부 장관" },
  titleVariants: ["Foreign Minister", "Foreign Affairs Minister"],
  start,
  end,
});
const ministers = [fm("park-jin", "2022-05", "2024-01"), fm("cho-tae-yul", "2024-01", "2025"), fm("successor", "2025-07-21", null)];

const chung: PositionSpan = {
  role: "deputy-minister-political-affairs",
  organizationId: mofa,
  title: { en: "Deputy Minister for Political Affairs", ko: "차관보" },
  titleVariants: ["Vice Minister for Political Affairs"],
  start: null,
  end: null,
};

describe("positionCovers", () => {
  it("is certain inside day-precise bounds, the boundary days included", () => {
    const p = { start: "2021-10-26", end: "2025-05-13" };
    expect(positionCovers(p, "2021-10-26")).toBe("certain");
    expect(positionCovers(p, "2024-07-18")).toBe("certain");
    expect(positionCovers(p, "2025-05-13")).toBe("certain");
    expect(positionCovers(p, "2021-10-25")).toBeNull();
    expect(positionCovers(p, "2025-05-14")).toBeNull();
  });

  it("is possible inside an imprecise start month, certain from its last day", () => {
    const p = { start: "2024-01", end: null };
    expect(positionCovers(p, "2023-12-31")).toBeNull();
    expect(positionCovers(p, "2024-01-01")).toBe("possible");
    expect(positionCovers(p, "2024-01-30")).toBe("possible");
    expect(positionCovers(p, "2024-01-31")).toBe("certain");
  });

  it("is possible inside an imprecise end year, certain on its first day", () => {
    const p = { start: "2024-01-10", end: "2025" };
    expect(positionCovers(p, "2024-12-31")).toBe("certain");
    expect(positionCovers(p, "2025-01-01")).toBe("certain");
    expect(positionCovers(p, "2025-01-02")).toBe("possible");
    expect(positionCovers(p, "2025-12-31")).toBe("possible");
    expect(positionCovers(p, "2026-01-01")).toBeNull();
  });

  it("treats a missing end as still open and a missing start as unbounded", () => {
    expect(positionCovers({ start: "2025-07-21", end: null }, "2030-01-01")).toBe("certain");
    expect(positionCovers({ start: null, end: null }, "1990-01-01")).toBe("certain");
    expect(positionCovers({ start: null, end: "2024-02" }, "2024-02-29")).toBe("possible");
    expect(positionCovers({ start: null, end: "2024-02" }, "2024-03-01")).toBeNull();
  });
});

describe("holdersOn", () => {
  it("names Korea's foreign minister on 2024-07-18 with certainty", () => {
    const r = holdersOn(ministers, { role: "foreign-minister", organizationId: mofa, day: "2024-07-18" });
    expect(r.map((h) => [h.position.personId, h.certainty])).toEqual([["cho-tae-yul", "certain"]]);
  });

  it("gives both possible holders inside the month of a handover, certain ones first", () => {
    const r = holdersOn(ministers, { role: "foreign-minister", organizationId: mofa, day: "2024-01-15" });
    expect(r.map((h) => [h.position.personId, h.certainty])).toEqual([
      ["park-jin", "possible"],
      ["cho-tae-yul", "possible"],
    ]);
    const mixed = holdersOn([fm("a", "2025-03", null), fm("b", "2020-01-01", null)], {
      role: "foreign-minister",
      organizationId: mofa,
      day: "2025-03-10",
    });
    expect(mixed.map((h) => [h.position.personId, h.certainty])).toEqual([
      ["b", "certain"],
      ["a", "possible"],
    ]);
  });

  it("finds nobody outside every term, at another organisation, or for another role", () => {
    expect(holdersOn(ministers, { role: "foreign-minister", organizationId: mofa, day: "2021-01-01" })).toEqual([]);
    expect(holdersOn(ministers, { role: "foreign-minister", organizationId: "org-gac", day: "2024-07-18" })).toEqual([]);
    expect(holdersOn(ministers, { role: "president", organizationId: mofa, day: "2024-07-18" })).toEqual([]);
  });

  it("finds the same holder under any title variant of the role", () => {
    for (const label of [
      "Deputy Minister for Political Affairs",
      "Vice Minister for Political Affairs",
      "vice minister for political affairs",
      "차관보",
    ]) {
      expect(holdersOn([chung], { role: label, organizationId: mofa, day: "2025-03-07" }), label).toHaveLength(1);
    }
  });
});

describe("matchesRole", () => {
  const minister = ministers[0]!;

  it("matches the role key, each title language and each variant, ignoring case, accents and punctuation", () => {
    for (const q of [
      "foreign-minister",
      "Foreign Minister",
      "MINISTER OF FOREIGN AFFAIRS",
      "ministre des affaires etrangeres",
      "Ministre des Affaires étrangères",
      "외교부 장관",
      "foreign affairs minister.",
    ]) {
      expect(matchesRole(minister, q), q).toBe(true);
    }
  });

  it("does not match another role's labels, in English or in Korean", () => {
    expect(matchesRole(minister, "Deputy Minister for Political Affairs")).toBe(false);
    expect(matchesRole(minister, "Minister")).toBe(false);
    expect(matchesRole(minister, "대통령")).toBe(false);
    expect(matchesRole(chung, "외교부 장관")).toBe(false);
  });

  it("matches nothing on an empty or punctuation-only query", () => {
    expect(matchesRole(minister, "")).toBe(false);
    expect(matchesRole(minister, " - ")).toBe(false);
  });
});

describe("position records", () => {
  it("refuse an end before the start, but allow an end inside an imprecise start period", () => {
    const base = { personId: "p", organizationId: "o", role: "foreign-minister", title: { en: "Minister" } };
    expect(ZPositionInput.safeParse({ ...base, start: "2024-03-01", end: "2024-02-28" }).success).toBe(false);
    expect(ZPositionInput.safeParse({ ...base, start: "2024", end: "2024-02" }).success).toBe(true);
    expect(ZPositionInput.safeParse({ ...base, start: "2024-01", end: null }).success).toBe(true);
  });
});
