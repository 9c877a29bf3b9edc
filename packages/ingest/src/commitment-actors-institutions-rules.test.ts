/** Pledges from the thirteenth unseen set: institutions named in capitals, first persons, passives, offers and appositions. */
import { describe, expect, it } from "vitest";
import { findCommitmentTriggers } from "./commitments";
import { pledgesOf } from "./rules-test-kit";

const subjects = (text: string, lang: "en" | "fr" = "en") =>
  findCommitmentTriggers(
    { start: 0, end: text.length, text, index: 0, paragraph: 0 },
    lang,
    () => false,
    () => false,
  ).map((t) => t.subject);

describe("commitments: who pledges", () => {
  it("reads institutions named in capitals, acronyms and names in apposition as actors", () => {
    expect(
      subjects("With regard to part (c), Global Affairs Canada will host the fourth round of the Strategic Dialogue in Ottawa."),
    ).toEqual(["Global Affairs Canada"]);
    expect(
      subjects("The Maritime and Port Authority of Singapore and the Norwegian Maritime Authority will publish a roadmap by March 2028."),
    ).toEqual(["The Maritime and Port Authority of Singapore and the Norwegian Maritime Authority"]);
    expect(subjects("In addition, TCG ANADOLU will pay a port visit to Doha in January 2028.")).toEqual(["TCG ANADOLU"]);
    expect(subjects("Brazil's export promotion agency, ApexBrasil, will open an office in Johannesburg in October.")).toEqual([
      "ApexBrasil",
    ]);
    expect(subjects("Le KAIST accueillera par ailleurs dix doctorants dès janvier.", "fr")).toEqual(["Le KAIST"]);
  });
  it("reads a speaker's 'I' and 'nous', and 'it' after 'where' as the sentence's subject", () => {
    expect(subjects("And third, I have invited President Lee to visit Canada next year, and he has accepted.")).toEqual(["I"]);
    expect(subjects("Nous tiendrons en mars à Séoul la première réunion du comité de suivi.", "fr")).toEqual(["Nous"]);
    expect(subjects("The delegation leaves Moncton on Thursday for Halifax, where it will meet officials of the port.")).toHaveLength(1);
    expect(subjects("The government has said it will select a preferred supplier by the end of the year.")).toEqual([]);
  });
  it("reads a reported pledge after 'told <name>', an offer to host and 'agreed that ... would be held'", () => {
    expect(
      subjects("Tau told Business Day the two countries would ask their partners to launch talks before the end of the year."),
    ).toEqual(["the two countries"]);
    expect(
      pledgesOf(
        "Norway and Singapore signed a memorandum in April. Norway has also offered to host a corridor workshop in Oslo in January.",
        {
          published: "2027-09-14",
          pair: ["NO", "SG"],
        },
      ),
    ).toEqual([["Norway has also offered to host a corridor workshop in Oslo in January.", "2028-01"]]);
    expect(subjects("Participants agreed that the fourth Dialogue would be held in Bergen in 2028.")).toHaveLength(1);
  });
});

describe("commitments: French passives and the next round", () => {
  it("reads 'devrait être signé', 'sera révisée' and 'La prochaine ronde aura lieu' as pledges with their due dates", () => {
    const text =
      "La Suisse et le Viêt Nam ont conclu les négociations.\n\nL'accord devrait être signé en marge de la réunion ministérielle en juin 2028. La stratégie de coopération de la Suisse au Viêt Nam sera révisée en 2028. La prochaine ronde aura lieu à Hanoï en octobre 2028.";
    expect(pledgesOf(text, { published: "2027-11-17", lang: "fr", pair: ["CH", "VN"] }).map(([, due]) => due)).toEqual([
      "2028-06",
      "2028",
      "2028-10",
    ]);
  });
});

describe("commitments: reported passives of announcing", () => {
  it("reads 'said the tender ... would be announced in April' as a pledge due then", () => {
    const text =
      "Poland and Ukraine signed an agreement. Poland's Minister of Infrastructure Dariusz Klimczak said the tender for the upgrade of the crossing would be announced in April.";
    expect(pledgesOf(text, { published: "2027-02-25", pair: ["PL", "UA"] }).map(([, due]) => due)).toEqual(["2027-04"]);
  });
});
