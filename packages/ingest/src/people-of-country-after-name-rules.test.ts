/**
 * "President <name> of <country> and President <name> of <country>": each country is the side of the name it follows; a
 * portfolio after "Minister of", then a comma and an honorific, is no person.
 */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const sides = (text: string, pair: [string, string]) =>
  read(text, { published: "2031-05-02", pair }).people.map((p) => [p.name, p.title, p.side]);

describe("people: a country after the name", () => {
  it("gives each president the country written after the name, and the second its own title", () => {
    expect(
      sides("On Tuesday, President Joaquim Tembe of Mozambique and President Hendrik Mbeki-Tlou of Botswana opened the new rail link.", [
        "MZ",
        "BW",
      ]),
    ).toEqual([
      ["Joaquim Tembe", "President", "MZ"],
      ["Hendrik Mbeki-Tlou", "President", "BW"],
    ]);
  });
  it("gives a bare title's holder the country after 'of' when the sentence names the other side too", () => {
    expect(sides("Prime Minister Elias Kandjii of Namibia welcomed the Angolan delegation in Windhoek.", ["NA", "AO"])).toEqual([
      ["Elias Kandjii", "Prime Minister", "NA"],
    ]);
  });
});

describe("people: a portfolio after 'Minister of' before a comma and an honorific", () => {
  it("reads 'Minister of Public Enterprises, Mr. <name>' and 'Minister of Mineral Resources and Petroleum, Dr. <name>' as one person each, not the portfolio", () => {
    expect(
      sides(
        "The talks were co-chaired by Namibia's Minister of Public Enterprises, Mr. Tomas Iipinge, and Angola's Minister of Mineral Resources and Petroleum, Dr. Joana Lisboa-Neto.",
        ["NA", "AO"],
      ).map(([name]) => name),
    ).toEqual(["Tomas Iipinge", "Joana Lisboa-Neto"]);
  });
});
