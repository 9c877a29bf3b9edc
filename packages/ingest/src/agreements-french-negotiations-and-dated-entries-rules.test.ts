/**
 * Agreement rules from the thirtieth and thirty-first unseen sets: French negotiations opened with "les" or "des" ("ont
 * lancé les négociations d'un accord", "d'engager des négociations sur un protocole"), and a lower-case French name
 * opening an entry after a dash ("14/05/2031 – La convention de partenariat a été signée"), and a capitalised name
 * joining the pair with a dash, its subject after "sur la" ("l'Entente Québec–Corée sur la mobilité des jeunes").
 */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

const PT_CV = { published: "2031-10-10", lang: "fr" as const, pair: ["PT", "CV"] as [string, string] };

describe("agreements: French negotiations and dated entries", () => {
  it("reads negotiations launched with 'les' or 'des' as their launch", () => {
    const launched =
      "Le Portugal et le Cap-Vert ont signé le 2 octobre 2031 un protocole scolaire. Les deux ministres ont aussi lancé les négociations d'un accord sur la reconnaissance des permis de conduire.";
    expect(actionsOf(launched, PT_CV)).toContainEqual([
      "accord sur la reconnaissance des permis de conduire",
      "negotiations_launched",
      "2031-10-02",
    ]);
    const engaged =
      "02/10/2031 – Réunis à Praia, les ministres portugais et cap-verdien ont convenu d'engager des négociations sur un protocole sur la pêche.";
    expect(actionsOf(engaged, PT_CV)).toContainEqual(["protocole sur la pêche", "negotiations_launched", "2031-10-02"]);
  });
  it("reads a capitalised name joining the pair with a dash, its subject after 'sur la'", () => {
    const text = "Le 28 janvier 2033, le Maroc et la Tunisie ont modifié l'Accord Maroc–Tunisie sur la pêche, signé en 2029.";
    const found = actionsOf(text, { published: "2033-02-01", lang: "fr", pair: ["MA", "TN"] });
    expect(found).toContainEqual(["Accord Maroc–Tunisie sur la pêche", "signed", "2029"]);
    expect(found).toContainEqual(["Accord Maroc–Tunisie sur la pêche", "amended", "2033-01-28"]);
  });
  it("reads a lower-case name opening an entry after a dash", () => {
    const text =
      "Actualités du projet\n14/05/2031 – La convention de partenariat a été signée à Praia par les ministres portugais et cap-verdien de l'Énergie.";
    expect(actionsOf(text, PT_CV)).toContainEqual(["convention de partenariat", "signed", "2031-05-14"]);
  });
});
