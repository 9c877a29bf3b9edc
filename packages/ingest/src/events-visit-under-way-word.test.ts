import { describe, expect, it } from "vitest";
import { VISIT_UNDER_WAY, VISIT_UNDER_WAY_WORD } from "./events";
import { labelledTexts } from "./rules-test-kit";

describe("a visit under way is sought only in a sentence holding its word", () => {
  const texts = [
    "Le ministre, en visite de travail au Sénégal, a rencontré son homologue.",
    "She signed the memorandum during Director General Seo's visit to Canada from October 12 to 16.",
    "Ils s'étaient rencontrés à Séoul, lors de la mission de M. Bédard en Corée.",
    ...labelledTexts(),
  ];
  const matches = texts.flatMap((text) => text.split(/(?<=[.!?])\s+/u)).flatMap((s) => VISIT_UNDER_WAY.exec(s)?.[0] ?? []);

  it("finds readings in the labelled texts", () => {
    expect(matches.length).toBeGreaterThan(20);
  });
  it("every reading holds the word, so a sentence without it holds none", () => {
    expect(matches.filter((m) => !VISIT_UNDER_WAY_WORD.test(m))).toEqual([]);
  });
});
