/**
 * Agreement rules from the twenty-ninth unseen set: a French "Arrangement" named by its capital with its acronym after it,
 * a notice's numbered steps opening on the milestone's noun, negotiations closed at the end of a round of several days, a
 * government's approval as ratification, and a participle describing the name before the clause's future verb.
 */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

const FR_SN = { published: "2031-04-14", lang: "fr" as const, pair: ["FR", "SN"] as [string, string] };
const NOTICE =
  "Le Conseil informe ses membres que l'Arrangement de reconnaissance mutuelle des diplômes d'architecte (ARDA) conclu avec l'Ordre des architectes du Sénégal entrera en vigueur le 1er juin 2031.\n\nLes étapes\n1. Négociations lancées à Dakar en mars 2029, lors de la visite du ministre français de la Culture.\n2. Négociations conclues à l'issue de la quatrième ronde, tenue à Lyon du 10 au 12 mai 2030.\n3. Signature à Dakar, le 2 septembre 2030, par les deux présidents.\n4. Adoption par l'assemblée générale du Conseil le 20 novembre.\n5. Approbation par le gouvernement du Sénégal (décret 88-2031 du 9 février).";

describe("agreements: a notice's numbered steps", () => {
  it("reads each numbered line opening on a milestone as a step of the arrangement the notice names", () => {
    const found = actionsOf(NOTICE, FR_SN);
    const name = "Arrangement de reconnaissance mutuelle des diplômes d'architecte";
    expect(found).toContainEqual([name, "negotiations_launched", "2029-03"]);
    expect(found).toContainEqual([name, "signed", "2030-09-02"]);
    expect(found).toContainEqual([name, "adopted", "2030-11-20"]);
  });
  it("closes negotiations concluded at the end of a round of several days on its last day", () => {
    expect(actionsOf(NOTICE, FR_SN)).toContainEqual([
      "Arrangement de reconnaissance mutuelle des diplômes d'architecte",
      "concluded",
      "2030-05-12",
    ]);
  });
  it("reads a government's approval as the ratification", () => {
    expect(actionsOf(NOTICE, FR_SN)).toContainEqual([
      "Arrangement de reconnaissance mutuelle des diplômes d'architecte",
      "ratified",
      "2031-02-09",
    ]);
  });
  it("takes no step from a participle describing the name before the clause's future verb", () => {
    const text =
      "Publié le 14 avril 2031 | Mobilité\n\nL'Ordre des architectes de France informe ses membres que l'Arrangement de reconnaissance mutuelle des diplômes d'architecte (ARDA) conclu avec l'Ordre des architectes du Sénégal entrera en vigueur le 1er juin 2031.";
    expect(actionsOf(text, FR_SN)).toEqual([]);
  });
  it("leaves a line that opens on a milestone but gives no date undated rather than borrowing one", () => {
    const text =
      "L'Arrangement de reconnaissance mutuelle des diplômes d'architecte (ARDA) a été signé à Dakar le 2 septembre 2030.\n\n- Ratification par les deux parlements, à venir.";
    expect(actionsOf(text, FR_SN).map((a) => a[1])).not.toContain("ratified");
  });
});
