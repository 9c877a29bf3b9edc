import { describe, expect, it } from "vitest";
import { RULES_NEEDING_A_WORD } from "./date-expressions";
import { labelledTexts } from "./rules-test-kit";

/** Every text of the labelled sets, and a few written here for the short forms ("Q3", "H1"). */
function texts(): string[] {
  const found = [
    "Sales rose in Q3 2031 and will be reviewed at the end of Q4 2031.",
    "The first half of 2030 and H2 2031 were slower; the plan runs to the third quarter of next year.",
    "Ce matin, la ministre a dit qu'elle reviendrait cet automne et la semaine prochaine, dès ce jour.",
  ];
  return [...found, ...labelledTexts()];
}

describe("date rules that need a word", () => {
  const all = texts();
  it("are several, and read the labelled sets' texts", () => {
    expect(RULES_NEEDING_A_WORD.length).toBeGreaterThanOrEqual(8);
    expect(all.length).toBeGreaterThan(400);
  });
  it.each(RULES_NEEDING_A_WORD.map(([name, re, needs]) => ({ name, re, needs })))(
    "$name: every match holds the word, so a text without it holds no match",
    ({ re, needs }) => {
      const global = new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`);
      const without = all.flatMap((text) => [...text.matchAll(global)].map((m) => m[0])).filter((m) => m && !needs.test(m));
      expect(without).toEqual([]);
    },
  );
});
