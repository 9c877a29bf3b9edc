/** Agreement rules from the forty-first unseen set: the term of an extension after the name is not part of it. */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

describe("agreements: an extension's term after the name", () => {
  it("ends a memorandum's subject before 'for another two years' and 'for a further five years'", () => {
    for (const term of ["for another two years", "for a further five years", "for three more years"]) {
      const text = `Suva, 3 May 2031 – Fiji and Palau on Friday extended their memorandum of understanding on coral reef monitoring ${term}.`;
      const names = actionsOf(text, { published: "2031-05-03", pair: ["FJ", "PW"] }).map(([name, action]) => [name, action]);
      expect(names).toContainEqual(["memorandum of understanding on coral reef monitoring", "extended"]);
    }
  });
});
