/** Rules from the eighteenth unseen set: programmes and itineraries dated by day headings, weekdays that fix a year. */
import { describe, expect, it } from "vitest";
import { pledgesOf, read } from "./rules-test-kit";

const datesOf = (text: string, published: string, lang: "en" | "fr" = "en") =>
  read(text, { published, lang }).dates.map((d) => [d.text, d.value]);

describe("dates: a weekday beside a day with no year", () => {
  it("takes the year in which the day falls on that weekday", () => {
    expect(datesOf("Monday, April 23\nSeoul, Republic of Korea", "2029-04-22")).toEqual([["Monday, April 23", "2029-04-23"]]);
    expect(datesOf("Lundi 24 septembre – Séoul", "2029-09-10", "fr")).toEqual([["Lundi 24 septembre", "2029-09-24"]]);
  });
  it("reads a range whose second day has its own weekday", () => {
    expect(datesOf("Thursday, April 26 – Friday, April 27\nOttawa, Ontario", "2029-04-22")).toEqual([
      ["Thursday, April 26 – Friday, April 27", "2029-04-26/2029-04-27"],
    ]);
  });
  it("reads 'Last November' at the start of a sentence", () => {
    expect(datesOf("Last November, the minister led a mission to Seoul.", "2029-05-16")).toEqual([["Last November", "2028-11"]]);
  });
});

describe("commitments: a pledge under a day heading", () => {
  it("is due on the day of the heading above it", () => {
    const text =
      "Itinerary of Canada's Minister of International Trade\n\nTuesday, April 24\nSeoul, Republic of Korea\nThe Minister will meet Korea's Minister for Trade, Ahn Duk-hyun, to discuss critical minerals.";
    expect(pledgesOf(text, { published: "2029-04-22" })).toEqual([
      ["The Minister will meet Korea's Minister for Trade, Ahn Duk-hyun, to discuss critical minerals.", "2029-04-24"],
    ]);
  });
  it("takes no due date from a heading that dates the page itself", () => {
    const text =
      "Tuesday, February 24, 2026\n\nHon. David McGuinty (Minister of National Defence): Canada and Korea agreed to deepen their cooperation, and Canada will keep working with Korea on submarines.";
    expect(pledgesOf(text, { published: "2026-02-24" }).map(([, due]) => due)).not.toContain("2026-02-24");
  });
});

describe("commitments: scheduled steps and bodies as subjects", () => {
  const pe = (text: string) => pledgesOf(text, { published: "2029-03-28", pair: ["PE", "KR"] });
  it("reads 'is scheduled for', 'is expected before' and 'is to' with a date as scheduled steps", () => {
    const lead = "Korea and Peru signed a loan agreement for the project. ";
    expect(pe(`${lead}Commissioning of the centre is scheduled for June 2032.`)).toContainEqual([
      "Commissioning of the centre is scheduled for June 2032.",
      "2032-06",
    ]);
    expect(pe(`${lead}The first disbursement is expected before the end of December 2029.`)).toContainEqual([
      "The first disbursement is expected before the end of December 2029.",
      "2029-12",
    ]);
    expect(pe(`${lead}ATU is to complete procurement of the main contractor by December 2029.`)).toContainEqual([
      "ATU is to complete procurement of the main contractor by December 2029.",
      "2029-12",
    ]);
  });
  it("takes a delegation, a mission and a commission as actors, and a French passive of training", () => {
    const kr = (text: string, lang: "en" | "fr" = "en") => pledgesOf(text, { published: "2029-05-16", lang });
    expect(
      kr("Saskatchewan and Korea signed a memorandum. A Saskatchewan trade mission will travel to Daegu in October 2029."),
    ).toContainEqual(["A Saskatchewan trade mission will travel to Daegu in October 2029.", "2029-10"]);
    expect(kr("Le Canada et la Corée ont signé un accord. Une commission mixte se réunira à Séoul en octobre 2029.", "fr")).toContainEqual([
      "Une commission mixte se réunira à Séoul en octobre 2029.",
      "2029-10",
    ]);
    expect(
      kr(
        "Le Canada et la Corée ont signé un accord. Une première promotion de 20 pilotes sera formée à Halifax d'ici la fin de 2029.",
        "fr",
      ),
    ).toContainEqual(["Une première promotion de 20 pilotes sera formée à Halifax d'ici la fin de 2029.", "2029"]);
  });
  it("leaves a deadline for applicants alone", () => {
    expect(pe("Korea and Peru opened a joint call. Letters of intent are due on February 15, 2030.")).toEqual([]);
  });
});

describe("commitments: a sentence naming only towns of the pair", () => {
  it("speaks of the pair in a text about it", () => {
    const text =
      "Le maire de Trois-Rivières et le maire de Jeonju (Corée du Sud) ont signé hier une entente de jumelage entre les deux villes du Canada et de la Corée. « Nous avons convenu de lancer un programme d'échanges », a déclaré le maire. Une première cohorte de dix étudiants trifluviens se rendra à Jeonju d'ici la fin du mois d'août 2028, et la Ville de Jeonju accueillera une exposition au plus tard le 30 novembre 2028.";
    const dues = pledgesOf(text, { published: "2028-05-16", lang: "fr" }).map(([, due]) => due);
    expect(dues).toContain("2028-08");
    expect(dues).toContain("2028-11-30");
  });
});

describe("datelines: a day heading is none", () => {
  it("leaves the publication day as the reference under 'Thursday, April 26' and a place line", () => {
    const text =
      "Ottawa, Ontario, April 22, 2029\n\nThursday, April 26 – Friday, April 27\nOttawa, Ontario\nThe Minister will meet the Ambassador of Korea on April 26. Last year Canada and Korea adopted a Joint Action Plan.";
    const dates = datesOf(text, "2029-04-22");
    expect(dates).toContainEqual(["April 26", "2029-04-26"]);
    expect(dates).toContainEqual(["Last year", "2028"]);
  });
});
