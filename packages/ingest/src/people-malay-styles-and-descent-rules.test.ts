/** People rules: Malay styles before a name, a father's name after "bin" with his own style, and units and days that are no names. */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const names = (text: string) => read(text, { published: "2034-10-09", pair: ["BN", "MY"] }).people.map((p) => p.name);

describe("people: Malay styles and names of descent", () => {
  it("reads the name after a chain of styles, without them", () => {
    const found = names(
      "The accord was signed by Minister of Health Dato Seri Setia Awang Haji Rosli bin Ismail and by Malaysia's Minister of Works Datuk Seri Aminah Razak.",
    );
    expect(found).toContain("Rosli bin Ismail");
    expect(found).toContain("Aminah Razak");
    expect(found.some((n) => /Setia|Awang/u.test(n))).toBe(false);
  });
  it("keeps a father's style inside the name and takes up the given names alone as the same person", () => {
    const found = names(
      "The memorandum was signed by the Minister of Development, Yang Berhormat Pehin Dato Paduka Haji Salleh bin Haji Abdul Karim. Salleh bin Haji Abdul Karim said the road would open in May. Minister of Works Amir Hakim bin Yusof attended. In his remarks, Amir Hakim said the talks went well.",
    );
    expect(found).toContain("Salleh bin Haji Abdul Karim");
    expect(found).not.toContain("Abdul Karim");
    expect(found).toContain("Amir Hakim bin Yusof");
    expect(found).not.toContain("Amir Hakim");
  });
  it("takes no ministry's unit and no named day for a person", () => {
    const found = names(
      "Officials of the Energy Division and the Export Promotion Bureau met in Bandar Seri Begawan. The office will be closed on Victoria Day.",
    );
    expect(found).toEqual([]);
  });
});
