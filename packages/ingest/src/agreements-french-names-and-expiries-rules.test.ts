/** Agreement rules from the twenty-third unseen set: French names with "tendant à" and "dans le domaine de", declarations of intent, expiries. */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

const fr = (text: string, published = "2031-01-30") => actionsOf(text, { published, lang: "fr", pair: ["CZ", "LU"] });

describe("agreements: French names", () => {
  it("reads a tax convention named 'tendant à éviter les doubles impositions', signed and in force", () => {
    const found = fr(
      "Luxembourg, le 30 janvier 2031 – Le Luxembourg et la Tchéquie sont partenaires. La convention tendant à éviter les doubles impositions, signée à Luxembourg le 5 mai 2013, est en vigueur depuis le 31 déc. 2014.",
    );
    expect(found).toContainEqual(["convention tendant à éviter les doubles impositions", "signed", "2013-05-05"]);
  });
  it("reads a memorandum 'dans le domaine des énergies renouvelables' second in a list of signed instruments", () => {
    const names = fr(
      "Prague, le 4 févr. 2031 – Le Luxembourg et la Tchéquie ont signé lundi un accord sur la protection des investissements, un mémorandum d'entente dans le domaine des énergies renouvelables et un programme exécutif de coopération culturelle.",
      "2031-02-04",
    ).map(([n]) => n);
    expect(names.some((n) => String(n).startsWith("mémorandum d'entente dans le domaine des énergies renouvelables"))).toBe(true);
  });
  it("reads 'la déclaration d'intention signée à Prague le 3 déc. 2027'", () => {
    expect(
      fr("Luxembourg, le 30 janvier 2031 – L'accord remplace la déclaration d'intention signée à Prague le 3 déc. 2027."),
    ).toContainEqual(["déclaration d'intention", "signed", "2027-12-03"]);
  });
});

describe("agreements: an agreement that expired", () => {
  it("is terminated on the day it lapsed ('de 2019, échue le 31 déc. dernier')", () => {
    expect(
      fr(
        "Luxembourg, le 30 janvier 2031 – Le Luxembourg et la Tchéquie ont signé un protocole. Le protocole remplace l'entente de collaboration technique de 2019, échue le 31 déc. dernier.",
      ).map(([, a, d]) => [a, d]),
    ).toContainEqual(["terminated", "2030-12-31"]);
  });
});
