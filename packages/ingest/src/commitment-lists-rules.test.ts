/** Pledges announced by a lead ending in a colon and listed below it; French futures of any verb; passive plans. */
import { describe, expect, it } from "vitest";
import { extract } from "./extract";

const commitments = (text: string, lang: "en" | "fr" = "en") =>
  extract(text, { published: "2026-06-03", lang }).commitments.map((c) => [c.text.trim(), c.due]);

describe("commitments in lists and tenses", () => {
  it("makes each list item after a pledge ending in a colon a commitment, with its own due date, and the lead none", () => {
    const text = [
      "Prime Minister Mark Carney and President Lee Jae-myung met today in Ottawa.",
      "The leaders committed to:\n1. launch negotiations on upgrading the Canada-Korea Free Trade Agreement before the end of 2026;\n2. establish a ministerial dialogue on critical minerals, which will meet for the first time in Toronto in March 2027;\n3. increase direct flights between Vancouver and Incheon.",
    ].join("\n\n");
    const found = commitments(text);
    expect(found.map(([t]) => t)).not.toContain("The leaders committed to:");
    expect(found).toContainEqual([expect.stringContaining("launch negotiations on upgrading"), "2026"]);
    expect(found).toContainEqual([expect.stringContaining("establish a ministerial dialogue"), "2027-03"]);
    expect(found).toContainEqual([expect.stringContaining("increase direct flights"), null]);
  });
  it("reads two French futures of any verb in one sentence as two pledges", () => {
    const text =
      "Le Canada et la Corée du Sud ont signé mardi un accord. Selon le ministère, le Canada délivrera 5000 permis de travail d'ici 2028, et la Corée reconnaîtra les diplômes d'infirmières canadiennes dès l'an prochain.";
    const found = commitments(text, "fr");
    expect(found).toContainEqual([expect.stringContaining("le Canada délivrera 5000 permis"), "2028"]);
    expect(found).toContainEqual([expect.stringContaining("la Corée reconnaîtra les diplômes"), "2027"]);
  });
  it("reads the items after 'tasked their ministers to:' and after a French lead with no verb as pledges, and recommendations as none", () => {
    const tasked = extract(
      "Italy and Egypt held a summit in Rome.\nThe two leaders tasked their foreign ministers to:\na) convene a strategic dialogue in Cairo by October 2026;\nb) review the partnership every year.",
      { published: "2026-06-03", lang: "en", pair: ["IT", "EG"] },
    ).commitments.map((c) => [c.text.trim(), c.due]);
    expect(tasked).toEqual([
      ["convene a strategic dialogue in Cairo by October 2026;", "2026-10"],
      ["review the partnership every year.", null],
    ]);
    const verbless = commitments(
      "Le Canada et la Corée ont signé un protocole.\nAux termes du protocole, les deux gouvernements :\n- organiseront un forum à Montréal en octobre 2026;\n- la coopération scientifique.",
      "fr",
    );
    expect(verbless).toEqual([["organiseront un forum à Montréal en octobre 2026;", "2026-10"]]);
    const recommended = commitments(
      "Canadian and Korean experts met in Seoul.\nThe experts recommended that the two governments:\n- launch a dialogue by June;\n- hold a summit before the end of the year.",
    );
    expect(recommended).toEqual([]);
  });
  it("reads the items after 'which will:' as a body's pledges", () => {
    const found = commitments(
      "Canada and Korea signed an MOU establishing a joint working group on hydrogen, which will:\n- report to ministers by December;\n- meet twice a year.",
    );
    expect(found.map((f) => f[0])).toEqual(["report to ministers by December;", "meet twice a year."]);
  });
});
