/** Boilerplate: a transcript's pointer to the recorded episode and an opinion page's call to comment. */
import { describe, expect, it } from "vitest";
import { isRemoved } from "./rules-test-kit";

const page = (line: string) => `Ministers met in Seoul on Monday to discuss trade.\n\n${line}\n`;

describe("boilerplate: episode pointers and calls to comment", () => {
  it("removes a pointer to the full episode or interview, in both languages", () => {
    for (const line of [
      "Listen to the full episode of Morning Desk on Radio Play.",
      "Watch the full interview on our channel",
      "Écoutez l'émission complète sur notre site",
    ])
      expect(isRemoved(page(line), line)).toBe(true);
  });
  it("keeps a sentence telling what someone listened to", () => {
    const line = "Listen to the farmers, the minister told the committee.";
    expect(isRemoved(page(line), line)).toBe(false);
  });
  it("removes an opinion page's call to comment", () => {
    for (const line of ["Qu'en pensez-vous ? Donnez votre avis", "What do you think? Share your view"])
      expect(isRemoved(page(line), line)).toBe(true);
  });
});
