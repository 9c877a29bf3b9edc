/**
 * Agreement rules: a French name runs on through "dans le domaine de" to its field and stops before a second object ("et
 * un ..."), "un accord de non double imposition" keeps its subject whole, and an act told "au terme des travaux" with no
 * day of its own was done on the last day of the session told in the sentence before.
 */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

const read = (text: string) => actionsOf(text, { published: "2034-03-14", lang: "fr", pair: ["BJ", "TG"] });

describe("agreements: French fields, coordinated objects and the close of the proceedings", () => {
  it("reads the field after 'dans le domaine de' and the second object apart", () => {
    const found = read(
      "Les ministres du Bénin et du Togo ont signé à Cotonou le 10 mars 2034 l'Accord de coopération dans le domaine de la pêche et un protocole d'entente sur la météorologie.",
    ).map(([name, action]) => [name, action]);
    expect(found).toContainEqual(["Accord de coopération dans le domaine de la pêche", "signed"]);
    expect(found).toContainEqual(["protocole d'entente sur la météorologie", "signed"]);
  });

  it("keeps 'non double imposition' in the name", () => {
    const found = read("Le Bénin et le Togo ont lancé le 10 mars 2034 à Lomé des négociations sur un accord de non double imposition.").map(
      ([name, action]) => [name, action],
    );
    expect(found).toContainEqual(["accord de non double imposition", "negotiations_launched"]);
  });

  it("dates an act at the close of the proceedings on the session's last day", () => {
    const text =
      "Cotonou, le 14 mars 2034\n\nLa deuxième session de la Commission mixte Bénin-Togo s'est tenue à Cotonou les lundi 10 et mardi 11 mars 2034.\n\nAu terme des travaux, les deux ministres ont signé l'Accord de coopération dans le domaine de la pêche.";
    expect(read(text)).toContainEqual(["Accord de coopération dans le domaine de la pêche", "signed", "2034-03-11"]);
  });
});
