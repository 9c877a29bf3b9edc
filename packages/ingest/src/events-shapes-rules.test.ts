/** Event rules from the seventh unseen set: telephone talks, passive hosts, chaired rounds, talks on the sidelines, recalled clauses. */
import { describe, expect, it } from "vitest";
import { eventsOf, triggerTypes } from "./rules-test-kit";
import { extract } from "./extract";
import { findPlaceMentions } from "./places";

const types = triggerTypes;
const events = (text: string, lang: "en" | "fr" = "en") => eventsOf(text, { published: "2026-03-20", lang, pair: ["IT", "EG"] });

describe("events: shapes of the seventh unseen set", () => {
  it("reads telephone talks and a French call with a day between its words", () => {
    expect(types("The Prime Minister of Italy held a telephone talk with the President of Egypt on Monday.")).toEqual(["phone_call"]);
    expect(types("La présidente du Conseil s'est entretenue lundi par téléphone avec le président égyptien.")).toEqual(["phone_call"]);
  });
  it("reads the guest's passive as a meeting and a chaired round as a dialogue round", () => {
    expect(types("Le ministre italien a été reçu lundi par le président égyptien au Caire.")).toEqual(["meeting"]);
    expect(types("The two ministers co-chaired for the first time the Italy-Egypt strategic dialogue in Cairo.")).toEqual([
      "dialogue_round",
    ]);
    expect(types("The minister hosted his Egyptian counterpart in Rome for the second Italy-Egypt Strategic Dialogue.")).toEqual([
      "dialogue_round",
    ]);
  });
  it("reads talks on the sidelines of a summit as a meeting, and a visit before a signing as two events", () => {
    expect(types("The two foreign ministers talked on the sidelines of the G20 meeting in Rio de Janeiro.")).toEqual(["meeting"]);
    expect(types("The Italian president visited Cairo in May 2024, when the two countries signed a migration pact.")).toEqual([
      "visit",
      "signing",
    ]);
  });
  it("does not read a signing in a relative clause as an event", () => {
    expect(
      types("The minister welcomed the entry into force of the convention, which the two governments signed in Rome in 2024."),
    ).toEqual([]);
  });
  it("does not date or place a round by a recalled agreement's date and city", () => {
    const text =
      "Italy's foreign minister met Egypt's foreign minister in Cairo on Tuesday.\n\nThe two ministers chaired the Italy-Egypt strategic dialogue, set up by the memorandum signed in Rome on 4 May 2024.";
    expect(events(text)).toContainEqual(["2026-03-17", "dialogue_round", "Cairo"]);
    expect(events(text).map((e) => e[0])).not.toContain("2024-05-04");
  });
});

describe("events: the office of the one met names the other party", () => {
  it("reads a call with 'X, Prime Minister of Australia' as the pair's when the subject named its own country", () => {
    const x = extract(
      "On March 5, Ms. ROSSI Anna, Prime Minister of Italy, held a telephone talk with the Hon. Mostafa Madbouly MP, Prime Minister of Egypt.",
      { published: "2026-03-06", lang: "en", pair: ["IT", "EG"] },
    );
    expect(x.events.map((e) => [e.date, e.type])).toEqual([["2026-03-05", "phone_call"]]);
  });
});

describe("events: a verb of signing set off by a comma after its subject", () => {
  it("reads a signing with a direct object as the clause's verb, and a participle before a place as a recall", () => {
    expect(
      types("Italy's foreign minister, Antonio Tajani, and Egypt's foreign minister, Badr Abdelatty, signed a memorandum on migration."),
    ).toEqual(["signing"]);
    expect(
      types("Italy's minister, Antonio Tajani, and Egypt's minister, Badr Abdelatty, signed in Rome on Monday a joint declaration."),
    ).toEqual(["signing"]);
    expect(types("The two ministers welcomed the convention, signed in Rome in 2024.")).toEqual([]);
  });
  it("dates the signing by a weekday written before its object, not by the report's date", () => {
    const text =
      "Italy's foreign minister, Antonio Tajani, and Egypt's foreign minister, Badr Abdelatty, signed in Cairo on Tuesday a joint declaration on migration.";
    expect(events(text)).toEqual([["2026-03-17", "signing", "Cairo"]]);
  });
});

describe("events: a capital the gazetteer sets aside", () => {
  const visits = (text: string) =>
    extract(text, { published: "2027-02-18", lang: "fr", pair: ["LU", "CV"] }).events.map((e) => [e.date, e.type, e.location.city]);
  it("places a visit in Praia when the text names Cabo Verde, and not otherwise", () => {
    expect(
      visits("Le ministre luxembourgeois Xavier Bettel a effectué les 16 et 17 février une visite de travail à Praia, au Cabo Verde."),
    ).toEqual([["2027-02-16/2027-02-17", "visit", "Praia"]]);
    expect(findPlaceMentions("A ceremony was held in Praia.").map((p) => p.name)).toEqual([]);
  });
});

describe("events: the days a visit spans", () => {
  const visits = (text: string, published: string, pair: [string, string], lang: "en" | "fr" = "en") =>
    extract(text, { published, lang, pair })
      .events.filter((e) => e.type === "visit")
      .map((e) => e.date);
  it("reads a visit's length from its start or its last day", () => {
    expect(
      visits("The Malaysian prime minister arrived in Astana on Wednesday for a three-day official visit to Kazakhstan.", "2026-12-10", [
        "KZ",
        "MY",
      ]),
    ).toEqual(["2026-12-09/2026-12-11"]);
    expect(
      visits(
        "Argentina's Foreign Minister Pablo Quirno has urged Australian miners to invest in lithium at the end of a four-day visit to Australia that wraps up in Perth today.",
        "2027-06-17",
        ["AU", "AR"],
      ),
    ).toEqual(["2027-06-14/2027-06-17"]);
  });
  it("runs a visit to the day after 'jusqu'à'", () => {
    expect(
      visits(
        "« Nous reprenons notre coopération », a déclaré la ministre belge Sofie Peeters, qui effectue depuis lundi une visite de travail au Rwanda, jusqu'à vendredi.",
        "2027-04-08",
        ["BE", "RW"],
        "fr",
      ),
    ).toEqual(["2027-04-05/2027-04-09"]);
  });
});

describe("events: a written range of days still running", () => {
  it("keeps talks held during a visit whose written days run past the day of writing", () => {
    const found = extract(
      "PEKIN, 5 novembre (Xinhua) -- Le ministre chinois des Affaires étrangères, Wang Yi, s'est entretenu jeudi à Pékin avec le ministre camerounais des Relations extérieures, Lejeune Mbella Mbella, en visite officielle en Chine du 3 au 7 novembre.",
      { published: "2026-11-05", lang: "fr", pair: ["CN", "CM"] },
    ).events.map((e) => [e.date, e.type]);
    expect(found).toContainEqual(["2026-11-05", "meeting"]);
  });
});

describe("events: 'called' naming something", () => {
  it("reads 'called the roundtable \"...\"' as no telephone call, and 'called Foreign Minister Cho' as one", () => {
    expect(types('Jean-Marc Jordan, a lawyer, called the roundtable "the most concrete one yet".')).toEqual([]);
    expect(types("Minister Joly called Foreign Minister Cho on Monday.")).toEqual(["phone_call"]);
  });
  it("adds a visit under way told in an apposition, over the days its sentence gives, and none when it gives a single day", () => {
    expect(
      events(
        "Le président égyptien, Abdel Fattah al-Sissi, a reçu mercredi au Caire le ministre italien des Affaires étrangères, Antonio Tajani, qui effectue depuis lundi une visite de travail en Égypte, jusqu'à samedi.",
        "fr",
      ),
    ).toEqual(expect.arrayContaining([["2026-03-16/2026-03-21", "visit", null]]));
    expect(
      events(
        "Egypt's President Abdel Fattah al-Sisi received Italy's Prime Minister Giorgia Meloni in Cairo on Thursday, on the second day of a three-day official visit to Egypt.",
      ),
    ).toEqual(expect.arrayContaining([["2026-03-18/2026-03-20", "visit", "Cairo"]]));
    const single = events(
      "Le président égyptien, Abdel Fattah al-Sissi, a reçu hier au Caire le ministre italien des Affaires étrangères, Antonio Tajani, en visite de travail en Égypte depuis mardi.",
      "fr",
    );
    expect(single).toEqual([["2026-03-19", "meeting", null]]);
  });
  it("dates a meeting during a visit by its own day, not by the day the visit began", () => {
    const found = events(
      "Le ministre italien des Affaires étrangères, Antonio Tajani, en mission en Égypte depuis lundi et jusqu'au 21 mars, a été reçu mercredi par le président égyptien, Abdel Fattah al-Sissi.",
      "fr",
    );
    expect(found).toEqual(
      expect.arrayContaining([
        ["2026-03-18", "meeting", null],
        ["2026-03-16/2026-03-21", "visit", null],
      ]),
    );
    expect(found.map((e) => e[0])).not.toContain("2026-03-16");
  });
  it("reads a French numbered session of a named body as a round, and keeps a 'whose' clause's date off the signing", () => {
    expect(types("Le ministre a co-présidé à Rome avec son homologue la deuxième session de la Commission mixte de coopération.")).toEqual([
      "dialogue_round",
    ]);
    expect(types("Les deux ministres ont présidé la première réunion du comité technique conjoint.")).toEqual(["dialogue_round"]);
    const found = events(
      "Egypt's President Abdel Fattah al-Sisi met Italy's Prime Minister Giorgia Meloni in Cairo on Thursday. The two leaders witnessed the signing of the Egypt-Italy Energy Partnership Agreement, whose negotiations were launched in Rome in October 2024.",
    );
    expect(found.filter((e) => e[1] === "signing").map((e) => e[0])).toEqual(["2026-03-19"]);
  });
  it("reads an audience with an adverb and a day between the passive verb and 'par'", () => {
    expect(
      events(
        "Le ministre italien des Affaires étrangères, Antonio Tajani, a également été reçu en audience mercredi par le président égyptien, Abdel Fattah al-Sissi.",
        "fr",
      ),
    ).toEqual([["2026-03-18", "meeting", null]]);
  });
  it("takes the country after the visit word as the one visited, not the visitor's named before it", () => {
    expect(
      events(
        "The President of the Arab Republic of Egypt, Abdel Fattah al-Sisi, is paying a state visit to Italy from 18 to 21 March 2026.",
      ),
    ).toEqual([["2026-03-18/2026-03-21", "visit", null]]);
  });
});
