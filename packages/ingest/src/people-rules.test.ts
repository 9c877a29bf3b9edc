/** People rules added for other publishers' styles: bylines, honorifics, titles with countries, appositives, sides. */
import { describe, expect, it } from "vitest";
import { extract } from "./extract";
import { isByline } from "./people";
import { wellKnownSide } from "./well-known-people";

const run = (text: string, lang: "en" | "fr" = "en") => extract(text, { published: "2026-01-15", lang });
const person = (text: string, name: string, lang: "en" | "fr" = "en") => run(text, lang).people.find((p) => p.name === name);

describe("people", () => {
  it("takes a byline's author for a person of no side, apart from the story's people", () => {
    const text =
      "Canada, Korea hold talks\n\nBy Derek Lau | March 10, 2026\n\nSteven Chase\n\nForeign Minister Cho Hyun met Canadian Foreign Minister Anita Anand in Seoul.";
    const people = run(text).people;
    expect(people.find((p) => p.name === "Steven Chase")?.side).toBeNull();
    expect(people.map((p) => p.name)).toContain("Anita Anand");
    expect(isByline("By Kim Soo-yeon, Staff Reporter\n", { start: 3, end: 16, text: "Kim Soo-yeon" })).toBe(true);
    expect(isByline("Kim Soo-yeon said the talks went well.\n", { start: 0, end: 12, text: "Kim Soo-yeon" })).toBe(false);
  });
  it("drops 'the Honourable' and French 'M.' from names", () => {
    expect(
      person('"Trade matters," said the Honourable Maninder Sidhu, Minister of International Trade, about Korea.', "Maninder Sidhu")?.side,
    ).toBe("CA");
    const fr = run("Le président Lee Jae-myung a rencontré le premier ministre Mark Carney à Ottawa. M. Carney a salué la Corée.", "fr");
    expect(fr.people.map((p) => p.name)).not.toContain("M. Carney");
  });
  it("reads a country inside an English title and the country of posting apart", () => {
    const text = "Ambassador of Canada to the ROK Tamara Mawhinney attended the dialogue with Korean officials in Seoul.";
    expect(person(text, "Tamara Mawhinney")).toMatchObject({ side: "CA", title: "Ambassador of Canada to the ROK" });
    const lim = person("South Korea's ambassador to Canada, Lim Woong-soon, said Seoul was ready.", "Lim Woong-soon");
    expect(lim?.side).toBe("KR");
  });
  it("gives an appositive title opening with its head word to the name after it, not the name before", () => {
    const text =
      "At the invitation of the Prime Minister of Canada, Mark Carney, the President of the Republic of Korea, Lee Jae-myung, visited Ottawa.";
    expect(person(text, "Mark Carney")).toMatchObject({ side: "CA", title: "Prime Minister of Canada" });
    expect(person(text, "Lee Jae-myung")?.side).toBe("KR");
    expect(person("Canada's Minister of Energy and Natural Resources, Tim Hodgson, met Korean officials.", "Tim Hodgson")?.side).toBe("CA");
  });
  it("stops a title at a wire dateline's '--'", () => {
    expect(
      person("NARA, Japan -- President Lee Jae-myung met Japanese Prime Minister Sanae Takaichi on Tuesday.", "Lee Jae-myung")?.side,
    ).toBe("KR");
  });
  it("reads 'ck' finals in Korean given names", () => {
    expect(person("Defense Minister Ahn Gyu-back held talks with Canadian officials.", "Ahn Gyu-back")).toBeDefined();
  });
  it("keeps a French nationality adjective in the title", () => {
    expect(person("Le président sud-coréen Lee Jae-myung a rencontré M. Carney en juin dernier.", "Lee Jae-myung", "fr")?.title).toBe(
      "président sud-coréen",
    );
  });
  it("knows the side of well-known leaders the text does not introduce", () => {
    expect(wellKnownSide("Justin Trudeau")).toBe("CA");
    expect(wellKnownSide("Jean Chretien")).toBe("CA");
    expect(wellKnownSide("Jane Doe")).toBeNull();
  });
});
