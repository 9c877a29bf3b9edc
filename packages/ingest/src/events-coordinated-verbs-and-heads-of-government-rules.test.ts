/**
 * Event rules from the fortieth unseen set: two verbs of one subject joined by "and" ("last met ... and spoke by telephone
 * ..."), each an event on its own day, and heads of government named in the plural ("the Prime Ministers", "les Chefs de
 * Gouvernement") meeting in a summit.
 */
import { describe, expect, it } from "vitest";
import { eventsOf, triggerTypes } from "./rules-test-kit";

describe("events: two verbs of one subject", () => {
  it("report two events ('last met ... and spoke by telephone ...')", () => {
    expect(triggerTypes("The two ministers last met in Lisbon in May and spoke by telephone on 3 June.")).toEqual([
      "meeting",
      "phone_call",
    ]);
  });
  it("date each event by its own part of the sentence", () => {
    const text =
      "Portugal and Spain agreed on a new rail link. The two foreign ministers last met in Lisbon in May and spoke by telephone on 3 June.";
    const found = eventsOf(text, { published: "2033-06-20", pair: ["PT", "ES"] });
    expect(found.filter(([, type]) => type === "meeting").map(([date]) => date)).toEqual(["2033-05"]);
    expect(found).toContainEqual(["2033-06-03", "phone_call", null]);
  });
});

describe("events: heads of government in the plural", () => {
  it("meet in a summit ('les Chefs de Gouvernement se sont entretenus')", () => {
    const text =
      "Le Liechtenstein et Saint-Marin ont signé une convention fiscale. Les Chefs de Gouvernement se sont entretenus le 10 mars à Vaduz.";
    const found = eventsOf(text, { published: "2031-03-12", lang: "fr", pair: ["LI", "SM"] });
    expect(found.map(([date, type]) => `${date} ${type}`)).toContain("2031-03-10 summit");
  });
  it("meet in a summit ('the Prime Ministers met')", () => {
    const text = "Norway and Finland agreed on a new border crossing. The Prime Ministers met in Oslo on 4 May.";
    const found = eventsOf(text, { published: "2031-05-06", pair: ["NO", "FI"] });
    expect(found.map(([date, type]) => `${date} ${type}`)).toContain("2031-05-04 summit");
  });
});

describe("events: a signing at the close of a session", () => {
  const text =
    "Ghana and Togo have signed an agreement on border markets at the close of the third session of the Ghana-Togo Joint Commission, held in Accra from May 9 to 11.\n\nThe Togolese Minister, who co-chaired the officials' segment on May 9, called it useful.";
  it("is done on the session's last day, and the session is a round over its days", () => {
    const found = eventsOf(text, { published: "2033-05-12", pair: ["GH", "TG"] });
    expect(found).toContainEqual(["2033-05-11", "signing", "Accra"]);
    expect(found).toContainEqual(["2033-05-09/2033-05-11", "dialogue_round", "Accra"]);
  });
  it("takes a round told on one of its days as the same session", () => {
    const found = eventsOf(text, { published: "2033-05-12", pair: ["GH", "TG"] });
    expect(found.filter(([, type]) => type === "dialogue_round")).toHaveLength(1);
  });
});

describe("events: a signing watched", () => {
  it("is told by the bare verb after 'watched' ('watched their ministers sign a memorandum')", () => {
    expect(triggerTypes("The two presidents watched their ministers sign a memorandum on fisheries.")).toEqual(["signing"]);
  });
});

describe("events: talks a signing followed", () => {
  it("are told with their town before 'with' ('after talks in Ruse with his counterpart')", () => {
    const text =
      "Chile and Peru signed a bridge agreement on Tuesday, the Chilean minister told reporters after talks in Arica with his Peruvian counterpart.";
    const found = eventsOf(text, { published: "2033-06-01", pair: ["CL", "PE"] });
    expect(found).toContainEqual(["2033-05-31", "meeting", "Arica"]);
  });
});

describe("events: a period in the possessive", () => {
  it("names what an event dated on its own day prepared ('on March 2 to prepare this week's visit')", () => {
    const text = "Chile and Peru signed a memorandum. The two Speakers spoke by telephone on March 2 to prepare this week's visit.";
    expect(eventsOf(text, { published: "2033-05-18", pair: ["CL", "PE"] })).toContainEqual(["2033-03-02", "phone_call", null]);
  });
});

describe("events: the last session of a series", () => {
  it("is held where its own verb places it, in a town named as its country is ('La dernière session s'était tenue à Luxembourg')", () => {
    const text =
      "La cinquième session de la commission mixte entre la Belgique et le Luxembourg s'est achevée mercredi à Namur par la signature de deux accords. La dernière session s'était tenue à Luxembourg en mars 2030.";
    const found = eventsOf(text, { published: "2032-06-10", lang: "fr", pair: ["BE", "LU"] });
    expect(found).toContainEqual(["2030-03", "dialogue_round", "Luxembourg"]);
  });
});

describe("events: a leader's counterpart whose side is unsaid", () => {
  it("is the other side's leader: the two meet in a summit", () => {
    const text =
      "Chile and Peru signed a power deal. President Rojas and her counterpart, Luis Quispe, last met on the sidelines of the APEC summit in Lima in November 2034.";
    const found = eventsOf(text, { published: "2035-03-14", pair: ["CL", "PE"] });
    expect(found).toContainEqual(["2034-11", "summit", "Lima"]);
  });
});
