/** People rules from the twenty-seventh unseen set: the country of a title's body, the side of each clause's delegation. */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const sides = (text: string, pair: [string, string]) =>
  read(text, { published: "2031-06-20", lang: "en", pair }).people.map((p) => [p.name, p.side]);

describe("people: sides from bodies and clauses", () => {
  it("takes the side from a demonym opening the body a title is held at", () => {
    expect(sides("The talks in Lisbon were chaired by the Director of the Estonian Rescue Board, Dr. Kaarel Tamm.", ["EE", "PT"])).toEqual([
      ["Kaarel Tamm", "EE"],
    ]);
  });
  it("reads a country named in '-ia' with '-n' as its demonym", () => {
    expect(
      sides("The talks in Nairobi were chaired by the Director of the Somalian Ports Authority, Dr. Ayaan Warsame.", ["SO", "KE"]),
    ).toEqual([["Ayaan Warsame", "SO"]]);
  });
  it("takes each delegation's side from its own clause when a sentence names both countries", () => {
    expect(
      sides(
        "The Portuguese delegation was led by the Chairperson of the Board, Ana Ribeiro, and the Estonian delegation by the Director of the Estonian Rescue Board, Dr. Kaarel Tamm.",
        ["EE", "PT"],
      ),
    ).toEqual([
      ["Ana Ribeiro", "PT"],
      ["Kaarel Tamm", "EE"],
    ]);
  });
});

describe("people: judges named by their honorific", () => {
  it("reads the judges after 'Hon. Justice' in a court's list", () => {
    const names = read(
      "JUSTICES: Hon. Justice Awa Njie-Sowe (President of the Court of Appeal), Hon. Justice Lamin K. Jobe, Hon. Justice Fatou Ceesay-Bah\n\nThe Court allowed the appeal brought by Peru against Kenya.",
      { published: "2031-07-16", lang: "en", pair: ["KE", "PE"] },
    ).people.map((p) => p.name);
    expect(names).toEqual(["Awa Njie-Sowe", "Lamin K. Jobe", "Fatou Ceesay-Bah"]);
  });
});

describe("people: the side of a court's judges", () => {
  it("gives judges the country whose courts the text names", () => {
    const people = read(
      "THE JUDICIARY OF KENYA\n\nJUSTICES: Hon. Justice Lamin K. Jobe, Hon. Justice Fatou Ceesay-Bah\n\nThe Court allowed the appeal brought by Peru.",
      { published: "2031-07-16", lang: "en", pair: ["KE", "PE"] },
    ).people.map((p) => [p.name, p.side]);
    expect(people).toEqual([
      ["Lamin K. Jobe", "KE"],
      ["Fatou Ceesay-Bah", "KE"],
    ]);
  });
});
