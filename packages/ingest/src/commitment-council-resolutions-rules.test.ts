/** Commitment rules from the forty-fourth unseen set: a council's resolution clauses that name a time ahead. */
import { describe, expect, it } from "vitest";
import { pledgesOf } from "./rules-test-kit";

const MINUTES = [
  "PROCÈS-VERBAL de la séance du conseil municipal de la Ville de Gatineau, tenue le lundi 3 mars 2031.",
  "",
  "La mairesse rappelle que le Canada et la Corée célèbrent cette année leurs relations.",
  "ATTENDU QUE la Ville de Gatineau et la Ville de Suwon ont signé une lettre d'intention en 2029 ;",
  "",
  "IL EST RÉSOLU :",
  "QUE le conseil approuve l'entente de coopération avec la Ville de Suwon ;",
  "QUE la Ville reçoive une mission culturelle de Suwon en octobre 2031 et organise une semaine coréenne au printemps 2032.",
].join("\n");

describe("commitments: a council's resolutions", () => {
  it("reads each verb of a 'QUE la Ville' clause that names a time ahead as the city's undertaking", () => {
    const found = pledgesOf(MINUTES, { published: "2031-03-03", pair: ["KR", "CA"], lang: "fr" });
    expect(found).toContainEqual([
      expect.stringContaining("QUE la Ville reçoive une mission culturelle de Suwon en octobre 2031"),
      "2031-10",
    ]);
    expect(found).toContainEqual([expect.stringContaining("organise une semaine coréenne au printemps 2032"), "2032-05"]);
  });
  it("reads no undertaking in an approval that names no time", () => {
    const found = pledgesOf(MINUTES, { published: "2031-03-03", pair: ["KR", "CA"], lang: "fr" });
    expect(found.filter((p) => String(p[0]).includes("approuve"))).toEqual([]);
  });
});
