/** No person read in a portfolio whose last words come after "and" before its holder's comma, nor in a street on "Road". */
import { describe, expect, it } from "vitest";
import { extract } from "./extract";

type Pair = [string, string];
const names = (text: string, pair: Pair, lang: "en" | "fr" = "en") =>
  extract(text, { published: "2031-03-04", lang, pair }).people.map((p) => p.name);

describe("people: portfolio tails and streets", () => {
  it("reads no person in a portfolio whose last words follow 'and'", () => {
    const text = '"The corridor will cut costs by half," said Chile\'s Minister of Public Works and Transport, Rosa Etchegaray.';
    const found = names(text, ["CL", "AR"]);
    expect(found).toContain("Rosa Etchegaray");
    expect(found).not.toContain("Public Works");
  });
  it("reads no person in a street ending on 'Road'", () => {
    const text = "Harbour Authority\n200-215 Silver Creek Road, Prince Rupert, BC V8J 1A2\n\nThe two ports signed a memorandum.";
    expect(names(text, ["CA", "KR"])).not.toContain("Silver Creek Road");
  });
});
