/**
 * Events: a numbered round told with its own past verb ("Le quatrième cycle s'est terminé jeudi dernier, à Québec", "The
 * third round was held in Kigali"), and guests welcomed "with pleasure" ("j'ai eu le plaisir d'accueillir à Sherbrooke
 * une délégation ...") as their visit. "Nous étions réunis à Rabat pour la 8e session" is that round, and "Nous y avions
 * signé ..." a signing there, at it. A meeting "its first since October" is not dated October. Jersey and Guernsey are the islands, "New Jersey" is not.
 */
import { describe, expect, it } from "vitest";
import { findCountryMentions } from "./country-mentions";
import { eventsOf, triggerTypes } from "./rules-test-kit";

describe("events: rounds told ended, guests welcomed", () => {
  it("reads a numbered round of talks told ended or held", () => {
    expect(
      eventsOf(
        "Les négociations entre le Sénégal et le Maroc ont été lancées à Rabat le 12 mars 2029. Le troisième cycle s'est terminé jeudi dernier, ici même, à Dakar, et les deux délégations se retrouveront à Rabat en septembre.",
        { published: "2030-05-22", lang: "fr", pair: ["SN", "MA"] },
      ),
    ).toContainEqual(["2030-05-16", "dialogue_round", "Dakar"]);
  });
  it("reads the guests one had the pleasure of welcoming as their visit", () => {
    expect(
      eventsOf(
        "Hier, j'ai eu le plaisir d'accueillir à Thiès une délégation de la région marocaine de Souss-Massa, conduite par son vice-président, M. Idrissi.",
        { published: "2030-05-22", lang: "fr", pair: ["SN", "MA"] },
      ),
    ).toEqual([["2030-05-21", "visit", "Thiès"]]);
  });
  it("reads Jersey and Guernsey as the islands, and New Jersey as none of them", () => {
    expect(findCountryMentions("Guernsey and Jersey signed an agreement.").map((m) => m.code)).toEqual(["GG", "JE"]);
    expect(findCountryMentions("a plant in New Jersey").map((m) => m.code)).not.toContain("JE");
  });
  it("reads a gathering for a numbered session as the round, and what was signed there at it", () => {
    expect(
      eventsOf(
        "Il y a un an, presque jour pour jour, nous étions réunis à Rabat, avec nos amis du Maroc et du Sénégal, pour la 8e session. Nous y avions signé l'Entente sur la pêche artisanale, et je me souviens de vos mots : « Dakar restera votre port. » Elle est entrée en vigueur le 1er mai.",
        { published: "2032-06-16", lang: "fr", pair: ["SN", "MA"] },
      ),
    ).toEqual([
      ["2031-06", "dialogue_round", "Rabat"],
      ["2031-06", "signing", "Rabat"],
    ]);
  });
  it("reads a meeting 'its first since October' as held on the day told before, not in October", () => {
    expect(
      eventsOf(
        "The customs protocol was signed in Lomé yesterday by Ghana's Minister of Trade and Togo's Minister of Commerce. The two ministers then chaired a meeting of the joint border board, its first since October.",
        { published: "2032-02-14", pair: ["GH", "TG"] },
      ),
    ).toEqual([
      ["2032-02-13", "signing", "Lome"],
      ["2032-02-13", "meeting", "Lome"],
    ]);
  });
  it("reads 'nous avons signé' in a quotation as no signing of its own, and 'se sont réunies à trois reprises' as no meeting", () => {
    expect(
      triggerTypes(
        "Les deux délégations se sont ensuite retrouvées pour un déjeuner de travail. « Nous avons signé à Dakar parce que c'est ici que tout se négocie », a déclaré la ministre.",
      ),
    ).toEqual(["meeting"]);
    expect(triggerTypes("Nous avons signé hier à Dakar l'accord sur la pêche.")).toEqual(["signing"]);
    expect(triggerTypes("Depuis 2024, les deux ministres se sont réunies à trois reprises avec leurs collègues.")).toEqual([]);
  });
  it("reads 'la province' as a party standing for the province the sentence before named", () => {
    expect(
      eventsOf(
        "Hier, j'ai reçu à Dakar une délégation de la région marocaine de Souss-Massa. Le gouvernement du Sénégal et la région ont signé, le 9 novembre dernier, une entente de jumelage.",
        { published: "2030-05-22", lang: "fr", pair: ["SN", "MA"] },
      ).filter(([, type]) => type === "signing"),
    ).toEqual([["2029-11-09", "signing", "Dakar"]]);
  });
});
