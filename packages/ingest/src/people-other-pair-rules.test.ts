/** People in a story about Korea and a third country, and names that belong to buildings rather than people. */
import { describe, expect, it } from "vitest";
import { extract } from "./extract";

const people = (text: string) => extract(text, { published: "2026-05-04", lang: "en" }).people.map((p) => [p.name, p.side]);

describe("people in other-pair stories", () => {
  it("gives an untagged minister the country the story is about, never the pair's partner by default", () => {
    const text = [
      "WELLINGTON - New Zealand and South Korea agreed on Tuesday to expand dairy trade.",
      "Trade Minister Todd Harrow hosted South Korean Trade Minister Yeo Han-koo in Wellington.",
      "New Zealand exports to South Korea rose sharply last year, and New Zealand hopes to double them.",
      "Seoul also has similar talks with Canada and Japan.",
    ].join("\n\n");
    const byName = Object.fromEntries(people(text));
    expect(byName["Todd Harrow"]).toBe("NZ");
    expect(byName["Yeo Han-koo"]).toBe("KR");
  });
  it("does not take a name inside a building's name for a person", () => {
    const names = people("The accord was signed at the Lester B. Pearson Building in Ottawa by Foreign Minister Anita Anand.").map(
      ([n]) => n,
    );
    expect(names).not.toContain("Lester B. Pearson");
  });
});
