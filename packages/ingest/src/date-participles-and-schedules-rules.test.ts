/** Date rules from the thirty-third unseen set: participles that tell no tense, a future verb after its date, a schedule verb with no preposition. */
import { describe, expect, it } from "vitest";
import { extract } from "./extract";

const value = (text: string, needle: string, published: string) =>
  extract(text, { published, lang: "en", pair: ["NO", "IS"] }).dates.find((d) => d.text === needle)?.value;

describe("dates: participles, a future after the date and schedule verbs", () => {
  it("reads a participle after a determiner and an ordinal as an adjective, not a past", () => {
    expect(value("The institute will publish the first revised stock estimate by 14 June.", "14 June", "2033-05-20")).toBe("2033-06-14");
  });
  it("reads a participle after a quantified noun as a condition, the clause's own verb telling its tense", () => {
    expect(value("Any vessel registered before 30 April will keep its current licence.", "30 April", "2033-04-02")).toBe("2033-04-30");
  });
  it("reads a yearless date in a clause's subject as ahead when the verb right after it is a future", () => {
    expect(value("The joint survey on 3 September will map the northern banks.", "3 September", "2033-08-20")).toBe("2033-09-03");
  });
  it("reads a schedule verb with its date and no preposition as ahead", () => {
    expect(value("Registration for the spring course closes May 9.", "May 9", "2033-04-20")).toBe("2033-05-09");
    expect(value("The public consultation opens June 2 in Reykjavik.", "June 2", "2033-05-28")).toBe("2033-06-02");
  });
});

describe("dates: a day and its month with a relative year", () => {
  it("reads '<day> <month> last year' as that day, not the month", () => {
    expect(value("The quota arrangement was signed in Oslo on 4 November last year.", "4 November last year", "2033-03-10")).toBe(
      "2032-11-04",
    );
  });
});

const valueFr = (text: string, needle: string, published: string) =>
  extract(text, { published, lang: "fr", pair: ["SN", "MA"] }).dates.find((d) => d.text === needle)?.value;

describe("dates: a French notice's day and the last of a series", () => {
  it("reads 'à compter de ce jour' as the day of the notice, and 'à ce jour' as no day", () => {
    const text = "Article 2. À compter de ce jour, chaque cargaison est inspectée à Dakar. À ce jour, aucun lot n'a été refusé.";
    expect(valueFr(text, "ce jour", "2033-02-14")).toBe("2033-02-14");
    expect(extract(text, { published: "2033-02-14", lang: "fr", pair: ["SN", "MA"] }).dates).toHaveLength(1);
  });
  it("reads the last of a numbered series as final, its weekday ahead when the verb after it is a future", () => {
    expect(valueFr("La troisième et dernière séance, jeudi, se tiendra à Rabat.", "jeudi", "2033-05-16")).toBe("2033-05-19");
  });
});

describe("dates: a day and month with a year of another century", () => {
  it("reads the year of an old treaty's day", () => {
    expect(value("The Treaty of Kiel of 14 January 1814 ended the union.", "14 January 1814", "2033-06-01")).toBe("1814-01-14");
    expect(valueFr("Le traité du 20 novembre 1815 fixa la frontière.", "du 20 novembre 1815", "2033-06-01")).toBe("1815-11-20");
  });
});

describe("dates: quarters named in plans", () => {
  it("reads a plan's bare quarter already over at writing as next year's", () => {
    expect(
      value(
        "The two sides agreed to hold a first round in Oslo before the end of the second quarter.",
        "the end of the second quarter",
        "2033-10-02",
      ),
    ).toBe("2034-06");
  });
  it("reads 'the end of the quarter' as the last month of the quarter of writing", () => {
    expect(value("The register will be corrected by the end of the quarter.", "the end of the quarter", "2033-08-11")).toBe("2033-09");
  });
});

describe("dates: a period on a timeline's row", () => {
  it("counts 'within N days' from the row's own day", () => {
    const text =
      "Procedural history\nMar 3, 2033 - The panel invites the comments of Norway and Iceland within 21 days.\nMar 24, 2033 - Comments filed.\n";
    expect(value(text, "within 21 days", "2033-06-01")).toBe("2033-03-24");
  });
});
