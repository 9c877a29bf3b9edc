/** Agreement rules from the fifteenth unseen set: amending instruments, exchanges of documents, abrogation, prorogation, plans' years. */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

const kr = (text: string, published = "2028-03-08", lang: "en" | "fr" = "en") => actionsOf(text, { published, lang });

describe("agreements: amending instruments and other milestones", () => {
  it("reads the agreement after 'amending' as amended, not signed, and a protocol named 'amending' as a name", () => {
    expect(kr("Today, Canada and Korea exchanged letters amending the Agreement on Youth Mobility.")).toContainEqual([
      "Agreement on Youth Mobility",
      "amended",
      "2028-03-08",
    ]);
    expect(kr("Canada and Korea signed the Protocol amending the Free Trade Agreement today.")).toContainEqual([
      "Protocol amending the Free Trade Agreement",
      "signed",
      "2028-03-08",
    ]);
  });
  it("reads documents whose exchange leaders witnessed as signed, but not instruments of ratification", () => {
    const signed = actionsOf(
      "Following the talks on 19 January, the leaders of Indonesia and Qatar witnessed the exchange of three cooperation documents: a Memorandum of Understanding on Food Security, a Letter of Intent on investment and an Agreement on Visa Exemption.",
      { published: "2028-01-20", pair: ["ID", "QA"] },
    ).filter((a) => a[1] === "signed");
    expect(signed.length).toBe(3);
  });
  it("reads 'abrogé' as terminated", () => {
    expect(
      kr("L'accord de coopération en matière de défense entre le Canada et la Corée a été abrogé.", "2028-02-03", "fr"),
    ).toContainEqual(["accord de coopération en matière de défense", "terminated", null]);
  });
  it("does not date an action by the years of a plan named after 'for'", () => {
    expect(kr("Canada and Korea met today. A Joint Action Plan for 2028-2030 was adopted by Canada and Korea.")).toContainEqual([
      "Joint Action Plan",
      "adopted",
      "2028-03-08",
    ]);
  });
});

describe("agreements: French lists and articles", () => {
  const sn = (text: string) => actionsOf(text, { published: "2028-02-03", lang: "fr", pair: ["SN", "FR"] });
  it("reads each dash item after 'les accords suivants ont été signés :' as signed on the lead's day", () => {
    const text =
      "Le 2 février, à Dakar, le Sénégal et la France ont tenu leurs entretiens.\n\nÀ l'issue des entretiens le 2 février, le Sénégal et la France ont convenu que les accords suivants ont été signés :\n- un accord-cadre de coopération en matière de défense ;\n- un protocole d'accord relatif à la mobilité des étudiants et des chercheurs.";
    const signed = sn(text).filter((a) => a[1] === "signed");
    expect(signed.map((a) => a[2])).toEqual(["2028-02-02", "2028-02-02"]);
  });
  it("reads an agreement named after 'le' or 'la' by its head and subject", () => {
    expect(
      sn("Le 3 mars 2027, le Sénégal et la France ont signé la convention relative à la gestion de l'eau.").map((a) => a[1]),
    ).toContain("signed");
  });
});

describe("agreements: French heads and amendments", () => {
  const kr = (text: string) => actionsOf(text, { published: "2027-10-20", lang: "fr" });
  it("reads 'une entente-cadre de ...', 'la charte de ...' and 'le traité de ...' as agreements", () => {
    expect(
      kr(
        "La rectrice de l'Université Laval et M. Lee, de Corée, ont signé mardi au Canada une entente-cadre de collaboration en recherche.",
      ),
    ).toContainEqual(["entente-cadre de collaboration", "signed", "2027-10-19"]);
  });
  it("reads the agreement after 'un avenant à' as amended", () => {
    expect(
      kr(
        "Les maires du Canada et de la Corée ont signé lundi un avenant à la charte de jumelage signée en 2003, qui étend la coopération.",
      ),
    ).toContainEqual(["charte de jumelage", "amended", "2027-10-18"]);
  });
});

describe("agreements: list items with a relative clause about another agreement", () => {
  it("gives the last item of a signed list the list's verb, not the verb of 'that replaces the one in force since ...'", () => {
    const text =
      "A few minutes ago, the ministers of Canada and Korea signed three agreements: a Memorandum of Understanding on Critical Minerals Supply Chains, an arrangement on defence science and technology, and a Social Security Agreement that replaces the one in force since 1999.";
    // The one the new agreement replaces, "in force since 1999", keeps its own entry into force (the set annotates it).
    const found = actionsOf(text, { published: "2027-11-04" });
    expect(found.filter((a) => a[1] === "signed").map((a) => a[0])).toEqual([
      "Memorandum of Understanding on Critical Minerals Supply Chains",
      "arrangement on defence science and technology",
      "Social Security Agreement",
    ]);
    expect(found.filter((a) => a[1] !== "signed")).toEqual([["Social Security Agreement", "entered_into_force", "1999"]]);
  });
});

describe("agreements: a second verb sharing the subject", () => {
  it("reads ', and entered into force on ...' after a passive signing as the same agreement's entry into force", () => {
    expect(
      actionsOf(
        "The Canada-Korea Free Trade Agreement was signed in Busan on September 22, 2014, and entered into force on January 1, 2015.",
        {
          published: "2028-03-02",
        },
      ),
    ).toEqual(
      expect.arrayContaining([
        ["Canada-Korea Free Trade Agreement", "signed", "2014-09-22"],
        ["Canada-Korea Free Trade Agreement", "entered_into_force", "2015-01-01"],
      ]),
    );
  });
});

describe("agreements: the main passive after a recalling participle", () => {
  it("reads 'The arrangement signed in 2019 was extended for five years' as signed in 2019 and extended", () => {
    expect(
      actionsOf("The Canada-Korea sports cooperation arrangement signed in 2019 was extended for five years.", { published: "2028-03-03" }),
    ).toEqual(
      expect.arrayContaining([
        ["Canada-Korea sports cooperation arrangement", "signed", "2019"],
        ["Canada-Korea sports cooperation arrangement", "extended", null],
      ]),
    );
  });
});
