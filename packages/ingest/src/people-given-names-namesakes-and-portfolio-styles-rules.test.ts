/**
 * People rules: a long name taken up by its first two words ("Datuk Nur Aisyah" after "Datuk Nur Aisyah Ramli"), a ruler's
 * name inside an institution's ("Sultan Qaboos University") and a portfolio before a holder whose name opens on a style
 * ("Minister of Blue Economy and Fisheries, Haji ...") and a Central Asian governor ("the Khokim of Samarkand Region, ...").
 */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const my = (text: string) => read(text, { published: "2033-09-28", pair: ["MY", "UZ"] });
const om = (text: string) => read(text, { published: "2032-12-13", pair: ["OM", "TZ"] });

describe("people: a long name taken up by its given names", () => {
  it("reads 'Datuk Nur Aisyah' and 'Mohd Faizal' as the people named in full before, and gives them their quotes", () => {
    const x = my(
      "The mission was led by the Deputy Minister of Investment, Trade and Industry, Datuk Nur Aisyah Ramli. MATRADE's Chief Executive Officer, Mohd Faizal Ismail, signed the memorandum.\n\n" +
        '"Our companies are ready to grow with Uzbekistan," said Datuk Nur Aisyah.\n\nMohd Faizal described the MoU as "a bridge for our exporters".',
    );
    const names = x.people.map((p) => p.name);
    expect(names).toContain("Nur Aisyah Ramli");
    expect(names).not.toContain("Nur Aisyah");
    expect(x.quotes.find((q) => q.text.startsWith("Our companies"))?.speaker).toBe("Nur Aisyah Ramli");
  });
  it("keeps two people whose names open on the same given names apart", () => {
    const names = my(
      "Deputy Minister Nur Aisyah Ramli met the Director of the Agency, Nur Aisyah Karimova, in Tashkent on 26 September.",
    ).people.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["Nur Aisyah Ramli", "Nur Aisyah Karimova"]));
  });
});

describe("people: a namesake and a portfolio", () => {
  it("reads no person in 'Sultan Qaboos University' or 'King Fahd Hospital'", () => {
    const names = om(
      "The Sultanate will offer 40 scholarships at Sultan Qaboos University, and doctors will train at King Fahd Hospital, Minister of Foreign Affairs Talal Al Busaidi said.",
    ).people.map((p) => p.name);
    expect(names).not.toContain("Qaboos");
    expect(names).not.toContain("Fahd");
  });
  it("reads the portfolio before a holder whose name opens on a style as no person", () => {
    const names = om(
      "The delegation included the Zanzibar Minister of Blue Economy and Fisheries, Haji Omar Makame, and the Minister of Health, Dato' Seri Ahmad Rahman.",
    ).people.map((p) => p.name);
    expect(names).not.toContain("Blue Economy");
  });
});

describe("people: a Central Asian governor", () => {
  it("reads the Khokim's name and title, and not the region's name", () => {
    const people = my(
      "In Samarkand on 27 September, the delegation was received by the Khokim of Samarkand Region, Bakhodir Nazarov, and held a business forum.",
    ).people.map((p) => [p.name, p.title]);
    expect(people).toContainEqual(["Bakhodir Nazarov", "Khokim of Samarkand Region"]);
    expect(people.map((p) => p[0])).not.toContain("Samarkand Region");
  });
});
