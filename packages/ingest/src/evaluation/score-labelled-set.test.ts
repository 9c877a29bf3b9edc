/** The scorer's matching of events: a city matches by its name, accents and hyphens aside, as people's names do. */
import { describe, expect, it } from "vitest";
import { extract } from "../extract";
import type { LabelledDocument } from "./labelled-set";
import { type EvaluationReport, FIELDS, type FieldScore, scoreDocument } from "./score-labelled-set";

const text = "Lomé, le 27 nov. 2030 – Le Togo et le Burkina Faso ont signé aujourd'hui à Lomé un accord sur le transport routier.";

function eventScore(city: string): FieldScore {
  const doc: LabelledDocument = {
    id: "t",
    source: { file: "t.txt" },
    published: "2030-11-27",
    lang: "fr",
    pair: ["BF", "TG"],
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
  scoreDocument(doc, text, extract(text, { published: doc.published, lang: "fr", pair: ["BF", "TG"] }), fields, report);
  return fields.events;
}

describe("scorer: event cities", () => {
  it("matches a city written with its accents to the gazetteer's folded name", () => {
    expect(eventScore("Lomé").found).toBe(1);
    expect(eventScore("Lome").found).toBe(1);
  });
  it("still tells two cities apart", () => {
    expect(eventScore("Ouagadougou").found).toBe(0);
  });
});
