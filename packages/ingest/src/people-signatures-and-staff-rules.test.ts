/** People rules from the thirty-third unseen set: a notice's signature under its office, with an honorific before the name. */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const people = (text: string, pair: [string, string], lang: "en" | "fr" = "fr") =>
  read(text, { published: "2033-03-09", lang, pair }).people.map((p) => [p.name, p.title, p.side]);

describe("people: signatures", () => {
  it("reads an office and its body on the line above a signature, the name after an honorific", () => {
    const text =
      "Avis aux importateurs\n\nLe protocole entre le Sénégal et la Mauritanie entre en vigueur le 1er avril.\n\nLe directeur de la Pêche,\nDr Mamadou Sall-Diop\n";
    expect(people(text, ["SN", "MR"])).toContainEqual(["Mamadou Sall-Diop", "directeur de la Pêche", null]);
  });
});

describe("people: the writer's own staff", () => {
  it("reads a lower-case occupation after a rank as a title", () => {
    expect(people("Chief economist Dr. Ana Lopes-Vieira presented the figures for Norway and Iceland.", ["NO", "IS"], "en")).toContainEqual(
      ["Ana Lopes-Vieira", "Chief economist", null],
    );
  });
  it("gives the writer's staff the side of the country opening the institution on its masthead, the masthead being furniture", () => {
    const text =
      "Hafrannsóknastofnun | Iceland Institute of Marine Research\nHome | Research | Data | Cruise diary | About\n\nOur vessel met the Norwegian research ship off the east coast on Monday, as Iceland and Norway agreed in March. Chief scientist Dr. Elin Sigurdardottir sent this note from the bridge.\n";
    expect(people(text, ["IS", "NO"], "en")).toContainEqual(["Elin Sigurdardottir", "Chief scientist", "IS"]);
  });
});

describe("people: names as Hong Kong and Macao write them", () => {
  it("reads a family name and a hyphenated given name after an honorific, and a title opening on a country of two words", () => {
    expect(
      people(
        "The arrangement was signed by Hong Kong's Secretary for Justice, Ms. Wong Mei-ling, and Macao's delegate.",
        ["HK", "MO"],
        "en",
      ),
    ).toContainEqual(["Wong Mei-ling", "Secretary for Justice", "HK"]);
  });
});

describe("people: offices in the plural", () => {
  it("reads no lone surname in a title word in the plural", () => {
    const names = people(
      "The accord was signed after the two Chief Executives met in Apia with the delegations of Samoa and Tonga.",
      ["WS", "TO"],
      "en",
    );
    expect(names.map((n) => n[0])).not.toContain("Executives");
  });
});
