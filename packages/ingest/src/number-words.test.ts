import { describe, expect, it } from "vitest";
import { COUNT, count, EN_ONE_TO_TEN } from "./number-words";

/** The whole count a phrase opens with, as the rules read it (a count is always followed by its unit). */
const countAt = (phrase: string) => new RegExp(`^${COUNT}\\s`, "iu").exec(phrase)?.groups?.n;

describe("number words", () => {
  it("reads counts in figures and in English and French words, compounds included", () => {
    expect(count("12")).toBe(12);
    expect(count("Seven")).toBe(7);
    expect(count("twenty-three")).toBe(23);
    expect(count("vingt-trois")).toBe(23);
    expect(count("quatre-vingt-dix")).toBe(90);
    expect(count("une")).toBe(1);
    expect(count("0")).toBeNull();
    expect(count("300")).toBeNull();
    expect(count("twenty-ten")).toBeNull();
  });

  it("matches a whole count, the longest word where one word opens another", () => {
    expect(countAt("dix-huit mois")).toBe("dix-huit");
    expect(countAt("soixante-dix jours")).toBe("soixante-dix");
    expect(countAt("twenty-four months")).toBe("twenty-four");
    expect(countAt("thirty-six months")).toBe("thirty-six");
    expect(countAt("cinquante-cinq ans")).toBe("cinquante-cinq");
    expect(countAt("an hour")).toBe("an");
    expect(countAt("vingt-et-un jours")).toBeUndefined();
  });

  it("gives the English words for one to ten, articles left out", () => {
    expect(EN_ONE_TO_TEN.split("|").sort()).toEqual(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"].sort());
  });
});
