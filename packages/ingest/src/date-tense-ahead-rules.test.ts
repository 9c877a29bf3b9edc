/** Date rules from the twelfth unseen set: present-tense ends of visits, French first-person futures, country names in -ée. */
import { describe, expect, it } from "vitest";
import { extract } from "./extract";

const value = (text: string, needle: string, lang: "en" | "fr", published: string) =>
  extract(text, { published, lang, pair: ["KR", "CA"] }).dates.find((d) => d.text.includes(needle))?.value;

describe("dates: tense of a scheduled end and of French futures", () => {
  it("places a weekday after 'ends' or 'wraps up' ahead", () => {
    expect(value("The Korean delegation's visit to Canada ends Friday in Fort McMurray.", "Friday", "en", "2027-04-14")).toBe("2027-04-16");
    expect(
      value("The Canadian mission to Korea began Monday in Seoul and wraps up Saturday in Busan.", "Saturday", "en", "2027-05-20"),
    ).toBe("2027-05-22");
  });
  it("reads a first-person plural future as ahead", () => {
    expect(
      value("Nous tiendrons le premier dialogue Canada-Corée sur l'énergie à Calgary en février.", "février", "fr", "2027-10-05"),
    ).toBe("2028-02");
  });
  it("does not read a country's name in -ée as a past participle", () => {
    expect(
      value("Le premier ministre du Canada effectuera une visite officielle en Corée en novembre.", "novembre", "fr", "2027-10-05"),
    ).toBe("2027-11");
  });
});
