/** Tense of a date's own clause: a French future in -vra/-dra after a past main verb places a bare day ahead. */
import { describe, expect, it } from "vitest";
import { clauseTense } from "./tense";
import { extract } from "./extract";

describe("tense of a subordinate clause", () => {
  it("reads 'a confirmé qu'il recevra ... le 7 octobre' as the coming October", () => {
    expect(clauseTense("Le président a confirmé qu'il recevra son homologue à Paris ", "fr")).toBe("future");
    const x = extract("Le président a confirmé qu'il recevra son homologue égyptien à Paris le 7 octobre.", {
      published: "2026-05-28",
      lang: "fr",
      pair: ["FR", "EG"],
    });
    expect(x.dates.map((d) => d.value)).toEqual(["2026-10-07"]);
  });
  it("reads a French future in -ira and a pledge 's'est engagé à' as ahead of a bare month", () => {
    expect(clauseTense("Mme Silva a aussi annoncé que le Chili ouvrira un bureau commercial à Gdansk ", "fr")).toBe("future");
    expect(clauseTense("La Pologne s'est engagée à envoyer une frégate à l'exercice ", "fr")).toBe("future");
    const x = extract("La ministre a annoncé que le Chili ouvrira un bureau à Gdansk en septembre.", {
      published: "2026-06-13",
      lang: "fr",
      pair: ["CL", "PL"],
    });
    expect(x.dates.map((d) => d.value)).toEqual(["2026-09"]);
  });
});

describe("tense: an invitation to pay a visit", () => {
  it("puts the month of a visit someone was invited to pay ahead, and reports no visit done", () => {
    expect(clauseTense("President Lee invited the Canadian Prime Minister to pay an official visit to Korea ", "en")).toBe("future");
    const x = extract(
      "President Lee Jae-myung invited Prime Minister Mark Carney of Canada to pay an official visit to Korea in September, and Prime Minister Carney accepted the invitation.",
      { published: "2027-03-05", lang: "en" },
    );
    expect(x.dates.map((d) => d.value)).toContain("2027-09");
    expect(x.events.filter((e) => e.type === "visit")).toEqual([]);
  });
  it("keeps a participle after a French future auxiliary, a French noun in -é and an English adjectival participle out of the past", () => {
    expect(clauseTense("Le traité, en vigueur depuis 2015, sera par ailleurs examiné par un comité mixte en ", "fr")).toBe("future");
    expect(clauseTense("Le ministre a indiqué que le sommet se tiendrait à Dakar le ", "fr")).toBe("future");
    expect(clauseTense("The envoy conveyed that the agency would hand over the renovated harbour in ", "en")).toBe("future");
  });
  it("places dates in list items under a lead that looks ahead, and an end after 'through' or 'jusqu'au', ahead", () => {
    const listed = extract(
      "Italy and Egypt held talks in Rome on March 2.\nThe two ministers tasked their officials to:\n- report by May 31;\n- meet again in June.",
      {
        published: "2027-03-04",
        lang: "en",
        pair: ["IT", "EG"],
      },
    );
    expect(listed.dates.map((d) => d.value)).toEqual(["2027-03-02", "2027-05-31", "2027-06"]);
    const through = extract("The Egyptian minister is on a three-day visit to Italy through Thursday.", {
      published: "2027-05-12",
      lang: "en",
      pair: ["IT", "EG"],
    });
    expect(through.dates.map((d) => d.value)).toEqual(["2027-05-13"]);
    const jusqu = extract("Le ministre égyptien, en mission en Italie depuis mardi et jusqu'au 10 avril, a été reçu mercredi.", {
      published: "2027-04-08",
      lang: "fr",
      pair: ["IT", "EG"],
    });
    expect(jusqu.dates.find((d) => d.text.includes("10 avril"))?.value).toBe("2027-04-10");
  });
});

describe("tense: French auxiliaries at a sentence's start", () => {
  it("reads a sentence opening on 'Ont' or 'A' as past, and a capitalised name in -ée as no participle", () => {
    expect(clauseTense("Ont participé à la réunion du ", "fr")).toBe("past");
    expect(clauseTense("A été adopté le ", "fr")).toBe("past");
    expect(clauseTense("Une mission en Corée ", "fr")).toBeNull();
    const x = extract("Ont participé à la rencontre du 3 mars les ministres du Canada et de la Corée.", {
      published: "2027-02-10",
      lang: "fr",
    });
    expect(x.dates.map((d) => d.value)).toEqual(["2026-03-03"]);
  });
  it("reads a date after an invitation as the event invited to, while 'invités' as guests tells nothing", () => {
    expect(clauseTense("Le ministre a par ailleurs invité son homologue à Quito pour la foire agricole, ", "fr")).toBe("future");
    expect(clauseTense("The minister also invited his counterpart to Quito for the farm fair ", "en")).toBe("future");
    expect(clauseTense("L'émission reçoit deux invités pour revenir sur la visite du président à Lima ", "fr")).not.toBe("future");
    const x = extract("The minister also invited his Peruvian counterpart to Quito for the Andean farm fair in October.", {
      published: "2031-05-30",
      lang: "en",
      pair: ["EC", "PE"],
    });
    expect(x.dates.map((d) => d.value)).toEqual(["2031-10"]);
  });
});
