/** Commitment triggers added for joint statements and French news. */
import { describe, expect, it } from "vitest";
import { findCommitmentTriggers } from "./commitments";
import { extract } from "./extract";

describe("commitment triggers", () => {
  it("reads 'instructed their ministers to' as a pledge with its due date", () => {
    const text =
      "Canada and Korea held a summit in Ottawa. The Leaders instructed their defence ministers to conclude a roadmap by the end of this year.";
    const c = extract(text, { published: "2025-09-24", lang: "en" }).commitments.find((x) => x.text.includes("instructed"));
    expect(c).toMatchObject({ trigger: "instructed", due: "2025" });
  });
  it("reads French 's'est par ailleurs engagé à'", () => {
    const text =
      "Le Canada et la Corée ont tenu des consultations à Ottawa. Le Canada s'est par ailleurs engagé à présenter d'ici la fin de l'année une feuille de route.";
    const c = extract(text, { published: "2025-11-13", lang: "fr" }).commitments.find((x) => x.text.includes("engagé"));
    expect(c).toMatchObject({ parties: ["CA"], due: "2025" });
  });
});

describe("commitments that are not pledges", () => {
  const sentence = (text: string) => ({ index: 0, paragraph: 0, start: 0, end: text.length, text });
  const triggers = (text: string) =>
    findCommitmentTriggers(
      sentence(text),
      "en",
      () => false,
      (s) => /^(?:Canada|Ottawa|Korea)$/.test(s),
    );
  it("a purchase plan is procurement, not a pledge", () => {
    expect(triggers("Canada plans to acquire up to 12 submarines.")).toEqual([]);
    expect(triggers("Canada plans to open a trade office in Busan.")).toHaveLength(1);
  });
  it("first person inside a quotation is rhetoric", () => {
    expect(triggers("“We will keep showing up in the region,” said the minister.")).toEqual([]);
  });
  it("'agreed Wednesday to' and navies as agents", () => {
    expect(triggers("The two ministers agreed Wednesday to launch a dialogue.")[0]?.trigger).toMatch(/agreed Wednesday to/);
    expect(triggers("The two navies agreed to conduct the exercise every year.")).toHaveLength(1);
  });
});
