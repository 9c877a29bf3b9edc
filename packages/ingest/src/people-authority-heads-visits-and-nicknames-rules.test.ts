/**
 * People rules for the heads of authorities and companies ("the Administrator of the Panama Canal", "the General Manager of
 * ENP"), a title read past the country a visit went to ("the visit to Panama of the President of Honduras, ...") and a given
 * name before a quoted nickname.
 */
import { describe, expect, it } from "vitest";
import { extract } from "./extract";

const people = (text: string, pair: [string, string]) =>
  extract(text, { published: "2029-10-16", lang: "en", pair }).people.map((p) => [p.name, p.title, p.side]);

describe("people: heads of authorities and companies", () => {
  it("reads 'Administrator' and 'General Manager' as offices, not names", () => {
    const found = people(
      "The memorandum was signed by the Administrator of the Panama Canal, Mariela Castrellón, and the General Manager of ENP, Óscar Funes Cálix. “It is time,” said Administrator Castrellón.",
      ["PA", "HN"],
    );
    expect(found).toContainEqual(["Mariela Castrellón", "Administrator of the Panama Canal", "PA"]);
    expect(found.map((p) => p[0])).toContain("Óscar Funes Cálix");
    expect(found.map((p) => p[0])).not.toContain("Manager");
    expect(found.map((p) => p[0])).not.toContain("Administrator Castrellón");
  });
});

describe("people: a title after the country a visit went to", () => {
  it("leaves the country visited out of the title", () => {
    expect(
      people("The memorandum was signed during the official visit to Panama of the President of Honduras, Sonia Mejía Zelaya.", [
        "PA",
        "HN",
      ]),
    ).toContainEqual(["Sonia Mejía Zelaya", "President of Honduras", "HN"]);
    expect(people("It was signed after the arrival in Lima of the Foreign Minister of Chile, Ana Torres.", ["PE", "CL"])).toContainEqual([
      "Ana Torres",
      "Foreign Minister of Chile",
      "CL",
    ]);
  });
  it("keeps a posting in an ambassador's title", () => {
    expect(
      people("The Ambassador to Canada of the Republic of Korea, Kim Min-jun, spoke at the opening.", ["KR", "CA"]).map((p) => p[0]),
    ).toContain("Kim Min-jun");
  });
});

describe("people: nicknames", () => {
  it("reads no one-word name from a given name before a quoted nickname", () => {
    const names = people(
      'Manager Norman "El Zurdo" Espinoza named left-hander Jairo Membreño as his opening-day starter, Nicaragua and Venezuela said.',
      ["NI", "VE"],
    ).map((p) => p[0]);
    expect(names).not.toContain("Norman");
  });
});
