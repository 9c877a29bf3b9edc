/** A capital or a state's town after "in" is where an event was held, not a third country doing it. */
import { describe, expect, it } from "vitest";
import { extract } from "./extract";

const events = (text: string, published: string) =>
  extract(text, { published, lang: "en", pair: ["FI", "PT"] }).events.map((e) => `${e.date} ${e.type}`);

describe("towns abroad as places", () => {
  it("keeps a call told after a meeting held in a third country's capital", () => {
    const text =
      "Finland and Portugal signed a Fisheries Research Agreement in Helsinki today. The two ministers last met at a " +
      "conference of the Council of Europe in Vienna in May and spoke by phone on 4 September.";
    expect(events(text, "2031-10-02")).toContain("2031-09-04 phone_call");
  });
  it("still sets aside a call made by a third country named as the actor", () => {
    const text =
      "Finland and Portugal signed a Fisheries Research Agreement in Helsinki today. Austria's chancellor spoke by phone " +
      "with the Portuguese minister on 4 September.";
    expect(events(text, "2031-10-02")).not.toContain("2031-09-04 phone_call");
  });
});
