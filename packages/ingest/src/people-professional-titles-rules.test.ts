/** People rules from the eighteenth unseen set: professional and academic honorifics before a name. */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const peopleOf = (text: string, pair: [string, string]) =>
  read(text, { published: "2029-05-30", pair }).people.map((p) => [p.name, p.title, p.side]);

describe("people: 'Mag.', 'Eng.', 'Univ.-Prof.' before a name", () => {
  it("keeps the honorific out of the name and does not end the sentence at it", () => {
    const people = peopleOf(
      "Austria and Mongolia signed an agreement. The Austrian Development Agency's Country Director for Mongolia, Mag. Elisabeth Pröll-Wimmer, joined the talks.",
      ["MN", "AT"],
    );
    expect(people).toContainEqual(["Elisabeth Pröll-Wimmer", "Austrian Development Agency's Country Director for Mongolia", "AT"]);
  });
  it("reads no person 'Eng'", () => {
    const names = peopleOf(
      "Korea and Peru signed a loan. The executing agency's Executive President, Eng. María Fernanda Valdivia Chávez, attended the signing.",
      ["PE", "KR"],
    ).map(([name]) => name);
    expect(names).toEqual(["María Fernanda Valdivia Chávez"]);
  });
});

describe("people: name shapes", () => {
  const kr = (text: string) => read(text, { published: "2029-07-12" }).people.map((p) => [p.name, p.side]);
  it("reads a hyphenated surname whose second part has a capital inside ('Gibbons-LeBlanc', 'Santos-McKay')", () => {
    expect(
      kr("Canada and Korea held talks. Bae met Canada's Deputy Minister of Fisheries and Oceans, Annette Gibbons-LeBlanc, in Sejong."),
    ).toContainEqual(["Annette Gibbons-LeBlanc", "CA"]);
  });
  it("reads an older romanisation of a Korean family name ('Whang')", () => {
    expect(
      kr("Canada and Korea held talks. They signed a memorandum in Toronto on Tuesday, KHNP President Whang Joo-seong said."),
    ).toContainEqual(["Whang Joo-seong", "KR"]);
  });
});

describe("people: words of departments are no names", () => {
  it("reads no person in 'University of Life Sciences', 'Regulatory Services Directorate' or 'Minister Responsible for'", () => {
    const names = read(
      "Ghana and Canada signed an arrangement. The President of the Mongolian University of Life Sciences, Prof. Dr. Ganbold Bolormaa, the Director of the Plant Protection and Regulatory Services Directorate, Mr. Ebenezer Kwesi Nyarko, and the Minister Responsible for Trade, Hon. Kwame Adjei-Thompson, attended.",
      { published: "2029-08-20", pair: ["GH", "CA"] },
    ).people.map((p) => p.name);
    expect(names).not.toContain("Life Sciences");
    expect(names).not.toContain("Regulatory Services Directorate");
    expect(names).not.toContain("Responsible");
    expect(names).toContain("Ebenezer Kwesi Nyarko");
  });
});

describe("people: a possessive before a title", () => {
  it("is no part of the title, and the name after it is read", () => {
    const people = read(
      "Canada and Korea held talks. The Minister returns to Ottawa. Her Parliamentary Secretary, Nguyễn Thị Lan Anh, will meet the Ambassador of Korea.",
      { published: "2029-04-22" },
    ).people.map((p) => [p.name, p.title]);
    expect(people).toContainEqual(["Nguyễn Thị Lan Anh", "Parliamentary Secretary"]);
  });
});
