/** Commitment triggers added for joint statements and French news. */
import { describe, expect, it } from "vitest";
import { extract } from "./extract";

describe("commitment triggers", () => {
  it("reads 'instructed their ministers to' as a pledge with its due date", () => {
    const text = "Canada and Korea held a summit in Ottawa. The Leaders instructed their defence ministers to conclude a roadmap by the end of this year.";
    const c = extract(text, { published: "2025-09-24", lang: "en" }).commitments.find((x) => x.text.includes("instructed"));
    expect(c).toMatchObject({ trigger: "instructed", due: "2025" });
  });
  it("reads French 's'est par ailleurs engagé à'", () => {
    const text = "Le Canada et la Corée ont tenu des consultations à Ottawa. Le Canada s'est par ailleurs engagé à présenter d'ici la fin de l'année une feuille de route.";
    const c = extract(text, { published: "2025-11-13", lang: "fr" }).commitments.find((x) => x.text.includes("engagé"));
    expect(c).toMatchObject({ parties: ["CA"], due: "2025" });
  });
});
