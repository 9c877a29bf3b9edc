import { describe, expect, it } from "vitest";
import { inTrackedPairs, ZTrackedPairs } from "./country";
import { countryCodeByName, countryRecords } from "./country-list";
import { eventParties } from "./event";

describe("countries from the ISO dataset", () => {
  it("names every current country in English, French and Korean", () => {
    const all = countryRecords();
    expect(all.length).toBeGreaterThan(245);
    const kr = all.find((c) => c.code === "KR")!;
    expect(kr.name).toEqual({ en: expect.stringMatching(/Korea/), fr: expect.stringMatching(/Corée/), ko: "대한민국" });
    expect(all.find((c) => c.code === "SU")?.name.en).toBe("Soviet Union");
  });
  it("finds codes by the names records use", () => {
    expect(countryCodeByName("Korea, South")).toBe("KR");
    expect(countryCodeByName("Congo, Democratic Republic of")).toBe("CD");
    expect(countryCodeByName("China, People’s Republic of")).toBe("CN");
    expect(countryCodeByName("Cote d’Ivoire")).toBe("CI");
    expect(countryCodeByName("U.S.S.R.")).toBe("SU");
    expect(countryCodeByName("Narnia")).toBeNull();
  });
});

describe("tracked pairs", () => {
  it("parses one pair, several, and a wildcard", () => {
    expect(ZTrackedPairs.parse("KR,CA")).toEqual([["KR", "CA"]]);
    expect(ZTrackedPairs.parse("kr,ca; US,*")).toEqual([
      ["KR", "CA"],
      ["US", "*"],
    ]);
    expect(ZTrackedPairs.safeParse("KR,KR").success).toBe(false);
    expect(ZTrackedPairs.safeParse("").success).toBe(false);
  });
  it("matches records by their parties", () => {
    expect(inTrackedPairs(["CA", "KR"], [["KR", "CA"]])).toBe(true);
    expect(inTrackedPairs(["US", "GR"], [["KR", "CA"]])).toBe(false);
    expect(inTrackedPairs(["US", "GR"], [["US", "*"]])).toBe(true);
    expect(inTrackedPairs(["US"], [["US", "*"]])).toBe(false);
  });
  it("derives an event's parties from its participants and place when none are named", () => {
    const base = { participants: [{ personId: "p", positionId: null, side: "CA" }], location: { countryCode: "KR" } };
    expect(eventParties({ ...base, parties: [] }).sort()).toEqual(["CA", "KR"]);
    expect(eventParties({ ...base, parties: ["KR", "CA", "KR"] })).toEqual(["KR", "CA"]);
  });
});
