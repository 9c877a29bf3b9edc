/**
 * Event rules from the twenty-fourth unseen set: two main clauses joined each report their event, sessions held in the
 * passive (English participle, French reflexive) and before a signing, stays told by "séjourner" and "se rendre en", and the
 * countries read around them (two nationalities joined by a hyphen, a family name that is also a place).
 */
import { describe, expect, it } from "vitest";
import { findCountryMentions } from "./country-mentions";
import { eventsOf, triggerTypes } from "./rules-test-kit";

const codes = (text: string) => findCountryMentions(text, { start: 0, end: text.length }).map((c) => c.code);

describe("events: two main clauses joined by ', et' or ', and'", () => {
  it("report a round and a call, each dated by its own clause", () => {
    const text =
      "Vilnius, le 3 avril 2031 – La Lituanie et le Burundi ont signé un accord. La 3e réunion du comité mixte s'est tenue à Vilnius les 4 et 5 déc. 2030, et les deux ministres s'étaient entretenus par téléphone le 14 janv.";
    const found = eventsOf(text, { published: "2031-04-03", lang: "fr", pair: ["LT", "BI"] });
    expect(found).toContainEqual(["2030-12-04/2030-12-05", "dialogue_round", "Vilnius"]);
    expect(found).toContainEqual(["2031-01-14", "phone_call", null]);
  });
  it("do not make an event of a noun that is the second clause's object", () => {
    expect(
      triggerTypes(
        "The vice minister had a phone call with his counterpart yesterday, and the two sides reviewed preparations for the visit.",
      ),
    ).toEqual(["phone_call"]);
  });
});

describe("events: sessions held", () => {
  it("a joint commission 'held in' a city is a round, whatever the sentence then reports", () => {
    const text =
      "Stockholm, 2 April 2031 – Sweden and Uganda agreed to raise their trade. During the Sweden-Uganda Joint Commission held in Kampala on 3rd and 4th March, 2031, the two sides agreed to open talks on aviation.";
    expect(eventsOf(text, { published: "2031-04-02", pair: ["SE", "UG"] })).toContainEqual([
      "2031-03-03/2031-03-04",
      "dialogue_round",
      "Kampala",
    ]);
  });
  it("a numbered session set off by its participle before a signing is a round held with it", () => {
    expect(
      triggerTypes(
        "At the 4th meeting of the Chile–Laos Joint Commission, held in Santiago on 10 and 11 March, the two governments signed a protocol on visas.",
      ),
    ).toEqual(["dialogue_round", "signing"]);
  });
  it("a French numbered meeting 'de la commission ... s'est tenue' is a round", () => {
    expect(triggerTypes("La 5e session de la commission mixte s'est tenue à Kigali en novembre dernier.")).toEqual(["dialogue_round"]);
  });
});

describe("events: stays", () => {
  it("a delegation that 's'était rendue en' a country of the pair visited it", () => {
    const text =
      "Kigali, le 2 avril 2031 – Le Rwanda et la Lettonie renforcent leur coopération. Une délégation rwandaise s'était rendue en Lettonie du 2 au 6 sept. 2024.";
    expect(eventsOf(text, { published: "2031-04-02", lang: "fr", pair: ["RW", "LV"] }).map((e) => e.slice(0, 2))).toContainEqual([
      "2024-09-02/2024-09-06",
      "visit",
    ]);
  });
  it("'a séjourné à' a town over a range of days is a visit", () => {
    expect(triggerTypes("Une délégation de vingt entreprises québécoises a séjourné à Séoul et à Busan du 8 au 13 mars.")).toEqual([
      "visit",
    ]);
  });
});

describe("countries around events", () => {
  it("a language demonym joined to another by a hyphen is a nationality", () => {
    expect(codes("the Danish-Ugandan expert committee")).toEqual(["DK", "UG"]);
    expect(codes("the Kenyan–Swedish committee")).toEqual(["KE", "SE"]);
    expect(codes("in French-speaking Africa")).toEqual([]);
  });
  it("a place's name after an honorific and a given name is a family name", () => {
    expect(codes("Peru's Minister, Ms. Desilú León, met Thailand's Minister")).toEqual(["PE", "TH"]);
  });
  it("lets a meeting stand whose minister's family name is a place", () => {
    const text =
      "Lima, 28 March 2031 – Peru and Thailand held talks. Peru's Minister of Foreign Trade, Ms. Desilú León, met Thailand's Minister of Commerce at the APEC meeting in May last year.";
    expect(eventsOf(text, { published: "2031-03-28", pair: ["PE", "TH"] }).map((e) => e.slice(0, 2))).toContainEqual([
      "2030-05",
      "meeting",
    ]);
  });
});

describe("events: who and when, read from the sentence's opening", () => {
  it("a pronoun after a date opener with no comma is the last person named ('On 11 March he met ...')", () => {
    const text =
      "Helsinki, 24 March 2031 – Finland's Minister for Trade, Ville Tavio, visited Nairobi on 10–12 March 2031. On 11 March he met Kenya's Minister of Finance, John Mbadi.";
    expect(eventsOf(text, { published: "2031-03-24", pair: ["FI", "KE"] })).toContainEqual(["2031-03-11", "meeting", "Nairobi"]);
  });
  it("an arrival with no day of its own takes the day the sentence opens with, and its length", () => {
    const text =
      "Lima, 28 March 2031 – Peru and Vietnam deepen ties. On Thursday 13 March, a delegation of Vietnam's National Assembly led by its Vice Chairman arrived in Lima for a four-day official visit.";
    expect(eventsOf(text, { published: "2031-03-28", pair: ["PE", "VN"] })).toContainEqual(["2031-03-13/2031-03-16", "visit", "Lima"]);
  });
  it("a round told with its own participle is dated right after it, not by another clause's range", () => {
    const text =
      "Vancouver, 4 March 2031 – Korea's Vice Minister of Trade, Choi Nam-ho, who was in Vancouver at the start of a visit to Canada from February 26 to March 1, said that the Korea–Canada Energy Policy Dialogue held in Seoul in November last year had agreed to open talks.";
    expect(eventsOf(text, { published: "2031-03-04", pair: ["KR", "CA"] })).toContainEqual(["2030-11", "dialogue_round", "Seoul"]);
  });
});

describe("events: a visit named as a setting, and a French passive after the agreement's noun", () => {
  it("'Au cours de sa visite en <pays>, du ... au ...' is a visit over those days beside the meeting reported", () => {
    expect(
      triggerTypes(
        "Au cours de sa visite en Colombie, du 29 mars au 3 avril, le gouverneur a rencontré mardi le vice-ministre colombien des Affaires étrangères.",
      ),
    ).toEqual(["visit", "meeting"]);
    expect(
      triggerTypes("During her visit to Kenya, from 3 to 6 May, the minister met Kenya's Cabinet Secretary for Trade in Nairobi."),
    ).toEqual(["visit", "meeting"]);
  });
  it("'lors d'une mission ... à <ville> du ... au ...' is a visit over those days beside the meeting reported", () => {
    expect(
      triggerTypes(
        "La relance a été négociée lors d'une mission du ministère à Séoul du 18 au 22 nov. 2030, au cours de laquelle la ministre s'était entretenue avec son homologue coréen.",
      ),
    ).toEqual(["visit", "meeting"]);
  });
  it("'L'accord a été signé jeudi' reports a signing; 'l'accord signé en 2014' does not", () => {
    expect(triggerTypes("L'accord a été signé jeudi à l'hôtel de ville de Carthagène.")).toEqual(["signing"]);
    expect(triggerTypes("Il remplace l'accord signé en 2014.")).toEqual([]);
  });
});

describe("events: 'à' and a country named like its capital", () => {
  it("places the event in that capital ('à Koweït' is Kuwait City), not in the dateline's town", () => {
    const text =
      "Rabat, le 4 février 2031 – Le Maroc et le Koweït ont tenu leur 7e session de commission mixte lundi à Rabat. La 6e session de la commission mixte s'était tenue à Koweït en mars 2027.";
    expect(eventsOf(text, { published: "2031-02-04", lang: "fr", pair: ["KW", "MA"] })).toContainEqual([
      "2027-03",
      "dialogue_round",
      "Kuwait City",
    ]);
  });
});
