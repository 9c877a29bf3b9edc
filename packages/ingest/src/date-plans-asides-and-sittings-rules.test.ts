/**
 * Date rules: yearless days and months told of plans (a passive plan, preparations, a term's end, a body's sitting in the
 * present, an aside between the verb and the date), a season just gone by, a month's end without its article, a short span
 * of years, the armistice day, and a sentence cut after an initialism.
 */
import { describe, expect, it } from "vitest";
import { extract } from "./extract";

const value = (text: string, needle: string, lang: "en" | "fr", published: string, pair: [string, string] = ["PE", "EC"]) =>
  extract(text, { published, lang, pair }).dates.find((d) => d.text.includes(needle))?.value;

describe("dates: plans told without a future verb next to the date", () => {
  it("reads a month after an aside set off by commas with the verb before the aside", () => {
    expect(
      value("The agency will send a second mission to Ecuador, focused on cocoa processing, in November.", "November", "en", "2031-08-20"),
    ).toBe("2031-11");
    expect(value("L'accord de pêche, signé en 2028, arrive à échéance le 31 mai.", "31 mai", "fr", "2031-03-01")).toBe("2031-05-31");
  });
  it("keeps a participle's own date in the past when the date stands inside the aside", () => {
    expect(value("The two sides will implement the accord, concluded in May, without delay.", "May", "en", "2031-08-20")).toBe("2031-05");
  });
  it("places a round 'planned' in a yearless month ahead", () => {
    expect(
      value("A first round took place in Lima on Jan. 10, and a second is planned in Quito in April.", "April", "en", "2034-02-20"),
    ).toBe("2034-04");
  });
  it("places the month of a meeting being prepared, or of a day something is held ahead of, ahead", () => {
    expect(value("The ministers discussed the preparations for the regional summit in November.", "November", "en", "2032-06-03")).toBe(
      "2032-11",
    );
    expect(
      value("Veterans' groups have asked both governments for a meeting ahead of Remembrance Day.", "Remembrance", "en", "2032-06-03"),
    ).toBe("2032-11-11");
  });
  it("places a body's sitting told in the present ahead", () => {
    expect(
      value("Forum leaders meet in Honiara in September, with fisheries on the agenda.", "September", "en", "2033-07-13", ["FJ", "SB"]),
    ).toBe("2033-09");
    expect(value("La commission régionale, dont le siège est à Lima, tient sa session annuelle en mai.", "mai", "fr", "2034-03-08")).toBe(
      "2034-05",
    );
  });
});

describe("dates: seasons, months' ends, spans and named days", () => {
  it("reads 'this summer' in a past clause of an autumn story as the summer gone by", () => {
    expect(value('"We saw this summer how fast the fires spread," the minister said.', "this summer", "en", "2032-09-29")).toBe(
      "2032-06/2032-08",
    );
    expect(value("Ecuador will send observers to the exercise this summer.", "this summer", "en", "2032-03-10")).toBe("2032-06/2032-08");
  });
  it("reads 'fin décembre' without its article as the end of the month", () => {
    expect(value("Le Pérou s'est engagé à achever d'ici fin décembre les travaux de la route.", "fin décembre", "fr", "2032-11-24")).toBe(
      "2032-12",
    );
  });
  it("reads a short span of years with a two-digit end, and no wider one", () => {
    expect(value("veterans of the 1950-53 war gathered in Lima", "1950", "en", "2032-06-03")).toBe("1950/1953");
    expect(value("The 2029-30 budget was adopted.", "2029", "en", "2032-06-03")).toBe("2029/2030");
    expect(extract("Form 2020-45 must be filed.", { published: "2032-06-03", lang: "en", pair: ["PE", "EC"] }).dates).toEqual([]);
  });
  it("reads the armistice day in English and French", () => {
    expect(value("The ceremony will be held on Remembrance Day in Ottawa.", "Remembrance", "en", "2032-06-03", ["KR", "CA"])).toBe(
      "2032-11-11",
    );
    expect(value("La cérémonie aura lieu le jour du Souvenir à Ottawa.", "Souvenir", "fr", "2032-06-03", ["KR", "CA"])).toBe("2032-11-11");
  });
});

describe("dates: a sentence cut after an initialism", () => {
  it("reads weekdays after 'the U.S.' with the schedule verb before it", () => {
    const text = "The minister is scheduled to visit the U.S. Forest Service office in Denver on Friday before flying home on Sunday.";
    expect(value(text, "Friday", "en", "2032-09-29", ["CL", "US"])).toBe("2032-10-01");
    expect(value(text, "Sunday", "en", "2032-09-29", ["CL", "US"])).toBe("2032-10-03");
  });
});
