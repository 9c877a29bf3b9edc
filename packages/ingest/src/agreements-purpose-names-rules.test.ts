/** Instruments named by what they are for: "an arrangement to share ...", and the same one named by its title (thirty-seventh unseen set). */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

const actions = (text: string) => actionsOf(text, { published: "2033-04-09", lang: "en", pair: ["NO", "IS"] });

describe("agreements: names by purpose", () => {
  it("names an instrument by the infinitive after 'to', and dates its signing by the sentence that tells it", () => {
    expect(
      actions(
        "Norway and Iceland have signed an arrangement to pool search-and-rescue helicopters, officials said.\n\nThe two fisheries ministers signed the arrangement on Tuesday in Reykjavik.",
      ),
    ).toEqual([["arrangement to pool search-and-rescue helicopters", "signed", "2033-04-05"]]);
  });
  it("reads no purpose in 'to be', 'to that effect' or a place after 'to'", () => {
    expect(actions("Norway and Iceland signed an agreement to that effect on 3 April.")).toEqual([]);
    expect(actions("Norway and Iceland extended the agreement to Svalbard on 3 April.").map(([name]) => name)).not.toContain(
      "agreement to Svalbard",
    );
  });
  it("keeps the title, not the purpose, when both tell one signing in the same month", () => {
    expect(
      actions(
        "Norway and Iceland have signed an agreement to fund the ferry link jointly.\n\nThe Ferry Services Agreement was signed in Oslo yesterday by the two transport ministers.",
      ),
    ).toEqual([["Ferry Services Agreement", "signed", "2033-04-08"]]);
  });
});
