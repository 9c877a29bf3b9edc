/** Agreement rules from the third unseen set: MOUs named by subject, 'upgrade of ... to', coordinated clauses. */
import { describe, expect, it } from "vitest";
import { crossesClause } from "./agreements";
import { extract } from "./extract";

const known = {
  agreements: [
    { id: "ckfta", name: "Canada-Korea Free Trade Agreement", shortName: "CKFTA", variants: [] },
    { id: "csp", name: "Canada-Korea Comprehensive Strategic Partnership", variants: [] },
  ],
};
const run = (text: string) => extract(text, { published: "2025-09-18", lang: "en", known }).agreements.filter((a) => a.action);

describe("agreements: MOUs and clauses", () => {
  it("names an MOU by its subject, and 'the MOU' later refers to it", () => {
    const a = run(
      "Korea and Canada signed a memorandum of understanding (MOU) on critical minerals supply chains in Toronto on September 17. Under the MOU, the two countries will share data.",
    );
    expect(a.map((x) => [x.name, x.action, x.date])).toEqual([
      ["memorandum of understanding on critical minerals supply chains", "signed", "2025-09-17"],
    ]);
  });
  it("reads 'the upgrade of the relationship to a Comprehensive Strategic Partnership' as a launch", () => {
    const a = run(
      "Korea and Canada have deepened cooperation since the upgrade of the relationship to a Comprehensive Strategic Partnership in 2022.",
    );
    expect(a.find((x) => x.match?.id === "csp")).toMatchObject({ action: "launched", date: "2022" });
  });
  it("does not let a verb or date in another coordinated clause act on an agreement", () => {
    const text =
      "Korea and Canada launched a Comprehensive Strategic Partnership in 2022, and the two countries reaffirmed their commitment to the Canada-Korea Free Trade Agreement last year.";
    expect(run(text).find((x) => x.match?.id === "ckfta")).toMatchObject({ action: "reaffirmed", date: "2024" });
    expect(crossesClause("A in 2022, and B last year", 5, 20)).toBe(true);
    expect(crossesClause("A, signed in 2014, entered into force", 3, 20)).toBe(false);
  });
});
