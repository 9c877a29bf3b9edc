/** Events keyed to the clause's verb: its tense, its host, a noun against a verb, a participle that recalls, a dated setting. */
import { describe, expect, it } from "vitest";
import { eventTrigger } from "./events";
import { extract } from "./extract";

describe("events keyed to the clause's verb", () => {
  it("reports a signing whose sentence looks ahead only in a later clause", () => {
    expect(
      eventTrigger("Le Canada et la Corée du Sud ont signé mardi un accord, qui entrera en vigueur le 1er janvier prochain.", 0)?.type,
    ).toBe("signing");
    expect(eventTrigger("Carney and Lee signed a memorandum on nuclear energy and agreed to open talks early next year.", 0)?.type).toBe(
      "signing",
    );
    expect(eventTrigger("The ministers will visit Busan and meet shipbuilders on Thursday.", 0)).toBeNull();
  });
  it("gives a noun the tense of the sentence's verbs: a hoped-for visit is no event", () => {
    expect(eventTrigger("She expressed hope that the visit to the ROK by the Prime Minister would serve as an occasion.", 0)).toBeNull();
  });
  it("reads the host's verb when a name or an office follows, not 'hosted talks between'", () => {
    expect(eventTrigger("Minister Sikorski hosted Sweden's Minister for Foreign Affairs in Warsaw on 19 May 2026.", 0)?.type).toBe(
      "meeting",
    );
    expect(eventTrigger("Le Premier ministre a reçu mercredi à Hanoï le ministre de l'Europe et des Affaires étrangères.", 0)?.type).toBe(
      "meeting",
    );
    expect(eventTrigger("In 2017, Canada hosted talks between North and South Korea.", 0)).toBeNull();
  });
  it("prefers the verb of meeting to a noun that is another verb's object", () => {
    expect(eventTrigger("The ministers had prepared the visit when they met in New York on September 22.", 0)?.type).toBe("meeting");
  });
  it("takes a participle after a comma for a recall, not a signing", () => {
    expect(
      eventTrigger(
        "The leaders welcomed the entry into force of the Agreement on Defence Industry Cooperation, signed in Seoul in 2025.",
        0,
      )?.type,
    ).not.toBe("signing");
  });
  it("dates a call named as the setting of another action", () => {
    const t = eventTrigger(
      "Le dialogue avait été proposé par le président lors de son entretien téléphonique avec le premier ministre le 14 janvier.",
      0,
    );
    expect(t?.type).toBe("phone_call");
  });
  it("makes a leader's counterpart a leader: two presidents' talks are a summit", () => {
    const text =
      "Egyptian President Abdel Fattah El-Sisi and his Turkish counterpart Recep Tayyip Erdoğan held talks in Ankara on Tuesday.";
    const events = extract(text, { published: "2026-09-09", lang: "en", pair: ["EG", "TR"] }).events;
    expect(events.map((e) => [e.type, e.date, e.location.city])).toContainEqual(["summit", "2026-09-08", "Ankara"]);
  });
});

describe("what a sentence plans or prepares is no event", () => {
  it("reads a call on a minister to prepare a committee's meeting as a meeting, and a hoped-for signing as none", () => {
    const x = extract(
      "Ambassador LIM Woong-soon called on Canada's Minister of International Trade, the Hon. Maninder Sidhu, in Ottawa on Tuesday, January 12, to discuss preparations for the 10th meeting of the Korea-Canada FTA Joint Committee. Seoul hoped the protocol could be signed by June.",
      { published: "2027-01-14", lang: "en" },
    );
    expect(x.events.map((e) => [e.date, e.type])).toEqual([["2027-01-12", "meeting"]]);
  });
});
