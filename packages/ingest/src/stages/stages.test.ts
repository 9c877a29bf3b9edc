/** Each record stage run alone on a prepared context, for any pair. */
import { describe, expect, it } from "vitest";
import { prepareExtraction } from "../extract";
import { findAgreementSuggestions } from "./agreements-stage";
import { findCommitmentSuggestions } from "./commitments-stage";
import { findEventSuggestions } from "./events-stage";

const text = [
  "BERLIN, Aug 26 (Reuters) - German Chancellor Friedrich Merz and Brazilian President Luiz Inacio Lula da Silva met in Berlin on Tuesday and adopted an action plan to deepen their strategic partnership.",
  "",
  "Germany's development ministry said Germany would provide 200 million euros for forest protection by 2028 and would double its scholarships for Brazilian students next year.",
].join("\n");
const { ctx } = prepareExtraction(text, { published: "2026-08-26", lang: "en", pair: ["DE", "BR"] });

describe("record stages on their own", () => {
  it("agreements: an action plan adopted on the day of the meeting", () => {
    expect(findAgreementSuggestions(ctx)).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: "action plan", action: "adopted", date: "2026-08-25" })]),
    );
  });
  it("commitments: two pledges in one sentence, each with its own due date", () => {
    const dues = findCommitmentSuggestions(ctx).map((c) => c.due);
    expect(dues).toEqual(expect.arrayContaining(["2028", "2027"]));
  });
  it("events: the leaders' meeting of the opening sentence is a summit in Berlin", () => {
    const events = findEventSuggestions(ctx, []);
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ date: "2026-08-25", type: "summit", location: expect.objectContaining({ city: "Berlin" }) }),
      ]),
    );
  });
});
