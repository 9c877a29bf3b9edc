/** The scorer's matching of events: a city matches by its name, accents and hyphens aside, as people's names do, or by another name the gazetteer gives it. */
import { describe, expect, it } from "vitest";
import { extract } from "../extract";
import type { LabelledDocument } from "./labelled-set";
import { type EvaluationReport, FIELDS, type FieldScore, scoreDocument } from "./score-labelled-set";

const text = "Lomé, le 27 nov. 2030 – Le Togo et le Burkina Faso ont signé aujourd'hui à Lomé un accord sur le transport routier.";

function eventScore(city: string, source = text, pair: [string, string] = ["BF", "TG"]): FieldScore {
  const doc: LabelledDocument = {
    id: "t",
    source: { file: "t.txt" },
    published: "2030-11-27",
    lang: "fr",
    pair,
    forbidPairRecords: false,
    expect: {
      dates: [],
      people: [],
      agreements: [],
      commitments: [],
      quotes: [],
      events: [{ date: "2030-11-27", type: "signing", city }],
      boilerplateRemoved: [],
    },
  };
  const fields = Object.fromEntries(
    FIELDS.map((f) => [f, { expected: 0, predicted: 0, found: 0, correct: 0, misses: [], extras: [] }]),
  ) as unknown as EvaluationReport["fields"];
  const report = { fields, forbiddenPairRecords: [], fromBoilerplate: [], contentRemoved: [] } as unknown as EvaluationReport;
  scoreDocument(doc, source, extract(source, { published: doc.published, lang: "fr", pair }), fields, report);
  return fields.events;
}

describe("scorer: event cities", () => {
  it("matches a city written with its accents to the gazetteer's folded name", () => {
    expect(eventScore("Lomé").found).toBe(1);
    expect(eventScore("Lome").found).toBe(1);
  });
  it("matches a city by the other name the gazetteer knows it by ('Alger' for 'Algiers')", () => {
    const algiers = "Alger, le 27 nov. 2030 – L'Algérie et la Mauritanie ont signé aujourd'hui à Alger un accord sur la pêche.";
    expect(eventScore("Alger", algiers, ["DZ", "MR"]).found).toBe(1);
    expect(eventScore("Algiers", algiers, ["DZ", "MR"]).found).toBe(1);
    expect(eventScore("Nouakchott", algiers, ["DZ", "MR"]).found).toBe(0);
  });
  it("still tells two cities apart", () => {
    expect(eventScore("Ouagadougou").found).toBe(0);
  });
});
