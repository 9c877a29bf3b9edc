/**
 * Pledges under a lead naming two bodies together, an agreement's provisions, pledges after "en outre" or an office's
 * acronym, a reflexive future after an apposition, and an acronym coordinated with a partner named in full.
 */
import { describe, expect, it } from "vitest";
import { pledgesOf } from "./rules-test-kit";

describe("commitments: two bodies' lists, provisions and offices", () => {
  it("reads the future items under 'les deux bibliothèques :' as the pair's pledges", () => {
    const text =
      "Le Sénégal et le Mali ont signé à Dakar un protocole sur les archives coloniales.\n\nDans le cadre du protocole, les deux bibliothèques :\n– numériseront 5 000 cartes anciennes d'ici le 30 juin ;\n– tiendront un colloque commun à Kayes en octobre.";
    expect(pledgesOf(text, { published: "2030-03-10", lang: "fr", pair: ["SN", "ML"] })).toEqual([
      ["numériseront 5 000 cartes anciennes d'ici le 30 juin ;", "2030-06-30"],
      ["tiendront un colloque commun à Kayes en octobre.", "2030-10"],
    ]);
  });
  it("reads what an agreement provides for by a deadline as the pair's pledge", () => {
    const fr =
      "Le Sénégal et le Mali ont signé à Dakar une entente sur la formation agricole. L'entente prévoit l'accueil de 300 stagiaires maliens dans les lycées agricoles sénégalais d'ici la fin de 2031.";
    expect(pledgesOf(fr, { published: "2030-03-10", lang: "fr", pair: ["SN", "ML"] })).toEqual([
      [expect.stringContaining("L'entente prévoit l'accueil de 300 stagiaires"), "2031"],
    ]);
    const en =
      "Ghana and Togo signed a memorandum on border health in Lomé on Monday. The memorandum provides for joint vaccination teams at six crossings by June 2031.";
    expect(pledgesOf(en, { published: "2030-03-10", pair: ["GH", "TG"] })).toEqual([
      [expect.stringContaining("The memorandum provides for joint vaccination teams"), "2031-06"],
    ]);
  });
  it("reads 'ont en outre convenu de' as a pledge", () => {
    const text =
      "La ministre sénégalaise et le ministre malien ont signé un accord à Dakar. Les deux ministres ont en outre convenu de créer un comité mixte d'ici mars 2031.";
    expect(pledgesOf(text, { published: "2030-03-10", lang: "fr", pair: ["SN", "ML"] })).toContainEqual([
      expect.stringContaining("convenu de créer un comité mixte"),
      "2031-03",
    ]);
  });
  it("reads the items of a list announced by a body named by its proper name ('KOTRA Accra will:', ', Cocobod, will:')", () => {
    const office =
      "Ghana and Korea opened a trade fair in Accra.\n\nIn 2031, KOTRA Accra will:\n• open a business lounge in Kumasi in the spring;\n• bring 20 Ghanaian buyers to Busan in the fall.";
    expect(pledgesOf(office, { published: "2031-01-15", pair: ["GH", "KR"] })).toEqual([
      ["open a business lounge in Kumasi in the spring;", "2031-05"],
      ["bring 20 Ghanaian buyers to Busan in the fall.", "2031-11"],
    ]);
    const apposition =
      "Ghana and Côte d'Ivoire signed a cocoa protocol in Abidjan on 3 March.\n\nUnder the protocol, Ghana's cocoa board, Cocobod, will:\n• set up 12 joint buying points along the border by July;\n• publish a common price every week from May.";
    expect(pledgesOf(apposition, { published: "2031-03-10", pair: ["GH", "CI"] })).toEqual([
      ["set up 12 joint buying points along the border by July;", "2031-07"],
      ["publish a common price every week from May.", "2031-05"],
    ]);
  });
  it("reads a reflexive future after two people in apposition ('..., M. <name>, se retrouveront') as a pledge", () => {
    const text =
      "Le Sénégal et le Mali ont signé un accord. La ministre sénégalaise, Mme Awa Ndiaye-Faye, et son homologue malien, M. Oumar Traoré, se retrouveront à Bamako à l'automne 2031.";
    expect(pledgesOf(text, { published: "2030-12-04", lang: "fr", pair: ["SN", "ML"] })).toEqual([
      [expect.stringContaining("se retrouveront à Bamako"), "2031-11"],
    ]);
  });
  it("reads an acronym coordinated with a partner named in full ('L'IFAN et l'Université de Bamako') as an actor", () => {
    const text =
      "Le Sénégal et le Mali ont signé un accord. L'IFAN et l'Université des lettres de Bamako organiseront un colloque à Kayes en mai 2031.";
    expect(pledgesOf(text, { published: "2030-12-04", lang: "fr", pair: ["SN", "ML"] })).toEqual([
      [expect.stringContaining("organiseront un colloque à Kayes"), "2031-05"],
    ]);
  });
});
