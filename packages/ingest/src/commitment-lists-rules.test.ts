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
});
