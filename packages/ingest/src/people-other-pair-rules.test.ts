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
  it("reads Gulf names with 'bin' and a family name after 'Al', without 'Sheikh' or 'His Highness'", () => {
    const found = extract(
      "Abu Dhabi: President His Highness Sheikh Khalifa bin Saeed Al Mansoori received Kenya's President William Ruto. Sheikh Hamdan bin Rashid Al Falasi, Minister of Energy, attended.",
      { published: "2026-05-04", lang: "en", pair: ["AE", "KE"] },
    ).people.map((p) => p.name);
    expect(found).toEqual(expect.arrayContaining(["Khalifa bin Saeed Al Mansoori", "Hamdan bin Rashid Al Falasi", "William Ruto"]));
    expect(found.some((n) => /Sheikh|^Al /u.test(n))).toBe(false);
  });
  it("reads a name used later by its first word after a title as the person named in full", () => {
    const found = extract(
      "Indonesia's President Prabowo Subianto met Kenya's President William Ruto in Nairobi. President Prabowo invited President Ruto to Jakarta.",
      { published: "2026-05-04", lang: "en", pair: ["ID", "KE"] },
    ).people.map((p) => [p.name, p.side]);
    expect(found).toEqual([
      ["Prabowo Subianto", "ID"],
      ["William Ruto", "KE"],
    ]);
  });
  it("reads a Portuguese family name after 'da' and a second name ('Maria da Graça Carvalho')", () => {
    const found = extract("Portugal's Minister of Finance, Joaquim da Costa Ribeiro, met Kenya's President William Ruto in Nairobi.", {
      published: "2026-05-04",
      lang: "en",
      pair: ["PT", "KE"],
    }).people.map((p) => p.name);
    expect(found).toEqual(["Joaquim da Costa Ribeiro", "William Ruto"]);
  });
});
