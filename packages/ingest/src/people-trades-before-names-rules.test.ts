/** People from the forty-first unseen set: a trade written capitalised before a name is not part of the name. */
import { describe, expect, it } from "vitest";
import { extract } from "./extract";

describe("people: trades before names", () => {
  it("reads 'Economist Dana Okafor' as Dana Okafor", () => {
    const names = extract('Economist Dana Okafor said the port deal was "long overdue".', {
      published: "2032-05-04",
      lang: "en",
    }).people.map((p) => p.name);
    expect(names).toContain("Dana Okafor");
    expect(names).not.toContain("Economist Dana Okafor");
  });
});
