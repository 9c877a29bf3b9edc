/**
 * Event rules from the thirty-ninth unseen set: French calls told with "se parler" and in a chronology's present, the pair
 * named as "the two foreign ministers", a visit's town before a "since ..." aside, and a session a signing closed that
 * opened on a day told after it.
 */
import { describe, expect, it } from "vitest";
import { eventsOf, triggerTypes } from "./rules-test-kit";

describe("events: French calls", () => {
  it("are told with 'se sont parlé au téléphone'", () => {
    expect(triggerTypes("Les deux ministres se sont aussi parlé au téléphone le 3 mars.")).toEqual(["phone_call"]);
  });
  it("are told in a chronology's present ('s'entretiennent au téléphone')", () => {
    expect(triggerTypes("- 4 mars 2031 : les présidents Ana Lobo et Paul Nzé s'entretiennent au téléphone.")).toEqual(["phone_call"]);
  });
  it("are held 'au téléphone', in no town", () => {
    const text =
      "Lomé, le 20 mars 2031 – Le Togo et le Bénin ont signé un accord sur le port. Les deux ministres se sont aussi parlé au téléphone le 3 mars.";
    expect(eventsOf(text, { published: "2031-03-20", lang: "fr", pair: ["TG", "BJ"] })).toContainEqual(["2031-03-03", "phone_call", null]);
  });
});

describe("events: the pair named by its two ministers of one portfolio", () => {
  it("stands behind 'the two foreign ministers', whatever one side did later in the sentence", () => {
    const text =
      "Chile and Peru agreed on a new border post. The two foreign ministers last spoke by telephone on May 2, and Chile sent fire crews north the next week.";
    expect(eventsOf(text, { published: "2033-06-01", pair: ["CL", "PE"] })).toContainEqual(["2033-05-02", "phone_call", null]);
  });
});

describe("events: a 'since ...' aside after a visit", () => {
  it("tells another story: its town does not place the visit or what was done during it", () => {
    const text =
      "Korean Ambassador Park Min-ho visited Winnipeg and Brandon from June 3 to 5, his first trip to Manitoba since taking office in Toronto last year.\n\nOn June 4, Ambassador Park and Manitoba's Minister of Education, Tom Reid, attended the signing of an arrangement between two colleges of Korea and Manitoba.";
    const found = eventsOf(text, { published: "2031-06-10" });
    expect(found).toContainEqual(["2031-06-03/2031-06-05", "visit", "Winnipeg"]);
    expect(found).toContainEqual(["2031-06-04", "signing", "Winnipeg"]);
  });
});

describe("events: a session a signing closed", () => {
  it("runs from the day the next sentence says its talks started to the signing ('at the end of the 9th session')", () => {
    const text =
      "Ghana and Togo yesterday signed an agreement on a joint border market at the end of the 9th session of the Permanent Joint Commission in Accra. The two ministers signed it after three days of talks, which started on Sunday with a meeting of senior officials.";
    expect(eventsOf(text, { published: "2032-03-10", pair: ["GH", "TG"] })).toContainEqual([
      "2032-03-07/2032-03-09",
      "dialogue_round",
      "Accra",
    ]);
  });
});
