/** Several actions on one agreement mention, each dated by its own verb. */
import { describe, expect, it } from "vitest";
import { actionsFor } from "./agreements";
import { extract } from "./extract";

describe("several actions in one mention", () => {
  it("signs and brings into force one agreement in one sentence", () => {
    const x = extract("The Korea-Canada Free Trade Agreement was signed in September 2014 and took effect on January 1, 2015.", {
      published: "2026-07-01",
      lang: "en",
    });
    const actions = x.agreements.filter((a) => a.action).map((a) => [a.action, a.date]);
    expect(actions).toContainEqual(["signed", "2014-09"]);
    expect(actions).toContainEqual(["entered_into_force", "2015-01-01"]);
  });
  it("keeps one reading per verb, and distinct verbs apart", () => {
    const found = actionsFor("On the occasion of the Dialogue, the two sides signed the Amendment to the Youth Mobility Arrangement.", 70);
    expect(found.map((f) => f.action)).toEqual(["signed", "amended"]);
  });
});
