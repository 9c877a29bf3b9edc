/** Boilerplate rules from the fourteenth unseen set: sharing lines with a colon, French sharing and modification lines, tags. */
import { describe, expect, it } from "vitest";
import { isRemoved } from "./rules-test-kit";

const page = (line: string) => `Ministers met in Seoul on Monday to discuss trade.\n\n${line}\n`;

describe("boilerplate: sharing, modification dates and tags", () => {
  it("removes sharing lines in both languages, with a colon or a page word", () => {
    for (const line of ["Share: Facebook | X | LinkedIn", "Partager : Facebook | X | LinkedIn", "Partager cette page"])
      expect(isRemoved(page(line), line)).toBe(true);
  });
  it("removes a modification date with its date, and a post's tags", () => {
    for (const line of ["Date de modification : 2027-12-16", "Date modified: 2027-12-02", "Tags: Chile, mining, critical minerals"])
      expect(isRemoved(page(line), line)).toBe(true);
  });
});
