/** PLOVER typing keyed to the clause's main verb, and its score on the annotated sentence set. */
import { resolve } from "node:path";
import { PLOVER_CODES } from "@ties/domain";
import { describe, expect, it } from "vitest";
import { FIXTURES_DIR } from "./evaluation/labelled-set";
import { loadPloverSet, scorePlover } from "./evaluation/score-plover";
import { ploverOfSentence } from "./plover-sentence";

describe("ploverOfSentence", () => {
  it("types a demand for a meeting as a request to meet, not a consultation", () => {
    expect(ploverOfSentence("Farmers' associations have demanded a meeting with the chancellor.")).toMatchObject({
      code: "REQUEST",
      mode: "meet",
    });
  });
  it("takes the main verb, not a later one: a warning of sanctions is a threat", () => {
    expect(ploverOfSentence("The minister warned that Ottawa would impose sanctions.")).toMatchObject({
      code: "THREATEN",
      mode: "restrict",
    });
  });
  it("codes a signing as SUPPORT and a call as CONSULT by phone", () => {
    expect(ploverOfSentence("Australia and Japan signed an agreement on the security of information.")?.code).toBe("SUPPORT");
    expect(ploverOfSentence("Foreign Minister Wadephul called his Kenyan counterpart on Monday.")).toMatchObject({
      code: "CONSULT",
      mode: "phone",
    });
  });
  it("skips infinitives: 'invited him to visit' is no visit", () => {
    expect(ploverOfSentence("Mudavadi invited Wadephul to visit Nairobi.")?.code).not.toBe("CONSULT");
  });
  it("reads the longer verb where two classes start together: 'called on' asks, 'agreed to a truce' retreats", () => {
    expect(ploverOfSentence("Chile called on New Zealand to lift its ban on cherries.")?.code).toBe("REQUEST");
    expect(ploverOfSentence("The rebels and the army agreed to a truce along the river.")).toMatchObject({
      code: "RETREAT",
      mode: "ceasefire",
    });
  });
  it("counts sending as aid only when aid is what is sent", () => {
    expect(ploverOfSentence("Spain sent 40 tonnes of medical supplies to Mexico.")?.code).toBe("AID");
    expect(ploverOfSentence("Korea sent a trade mission to Alberta.")?.code).not.toBe("AID");
  });
});

describe.each(["sentences.json", "sentences-unseen-6.json"])("PLOVER typing on the annotated sentences of %s", (file) => {
  const set = loadPloverSet(resolve(FIXTURES_DIR, "plover", file));
  const report = scorePlover(set);
  it("tests every PLOVER type", () => {
    for (const code of PLOVER_CODES.filter((c) => c !== "OTHER"))
      expect(
        set.sentences.some((s) => s.code === code),
        code,
      ).toBe(true);
  });
  it("types at least 80% of the sentences right", () => {
    expect(report.typeAccuracy).toBeGreaterThanOrEqual(0.8);
  });
});
