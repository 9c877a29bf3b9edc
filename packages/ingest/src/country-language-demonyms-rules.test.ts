/**
 * Country rules: a demonym that is also a language ("French", "Spanish", "Portuguese") names the country before a word
 * of government or of a country's people acting ("a French delegation", "the Spanish side", "Portuguese troops"), and
 * stays the language elsewhere ("in French", "French immersion").
 */
import { describe, expect, it } from "vitest";
import { findCountryMentions } from "./country-mentions";
import { eventsOf } from "./rules-test-kit";

const codes = (text: string) => findCountryMentions(text).map((c) => c.code);

describe("countries: demonyms that are also languages", () => {
  it("names the country before 'delegation', 'side', 'troops', 'authorities' and 'embassy'", () => {
    expect(codes("A French delegation arrived.")).toContain("FR");
    expect(codes("The Spanish side proposed a date.")).toContain("ES");
    expect(codes("Portuguese troops joined the exercise.")).toContain("PT");
    expect(codes("Dutch authorities confirmed it.")).toContain("NL");
  });

  it("names the country before a national body's name, not a language's school or council", () => {
    expect(codes("Chair, Norwegian Engineering Accreditation Board")).toEqual(["NO"]);
    expect(codes("The Swedish Research Council funds the study.")).toEqual(["SE"]);
    expect(codes("The English Language Council sets the exams.")).toEqual([]);
  });

  it("leaves the language alone", () => {
    expect(codes("The course is taught in French and Spanish, with French immersion for children.")).toEqual([]);
  });

  it("makes a delegation's visit an event of the pair", () => {
    expect(
      eventsOf("A French delegation paid an official visit to Morocco on 10 April.", { published: "2031-04-11", pair: ["MA", "FR"] }),
    ).toEqual([["2031-04-10", "visit", null]]);
  });
});
