/** Dates read against the publication day: numeric days, ranges around it, deadlines, ends of periods, "the same day". */
import { describe, expect, it } from "vitest";
import { extract } from "./extract";

const dates = (text: string, published: string, lang: "en" | "fr" = "en") =>
  Object.fromEntries(extract(text, { published, lang }).dates.map((d) => [d.text, d.value]));

describe("dates anchored on the publication day", () => {
  it("reads an ambiguous numeric date as the publication day when one reading is", () => {
    expect(dates("Press release | Date: 10/06/2027 | Ministry of Climate", "2027-06-10")["10/06/2027"]).toBe("2027-06-10");
  });
  it("keeps a range of days around the publication day in its year", () => {
    expect(dates("The visit, which runs from 24th to 27th November, is the first.", "2026-11-26")["24th to 27th November"]).toBe(
      "2026-11-24/2026-11-27",
    );
  });
  it("puts a deadline month ahead of the text", () => {
    expect(dates("Seoul hoped the protocol could be signed by June.", "2027-01-14")["by June"]).toBe("2027-06");
  });
  it("reads the end of a quarter or a half-year as its last month, and 'la fin juin'", () => {
    expect(dates("The review ends by the end of the first quarter of 2027.", "2026-10-01")["the end of the first quarter of 2027"]).toBe(
      "2027-03",
    );
    const fr = dates(
      "Le Portugal accueillera, d'ici la fin du premier semestre 2027, un forum. Ils lanceront, avant la fin juin, des négociations.",
      "2027-02-18",
      "fr",
    );
    expect(Object.values(fr)).toEqual(expect.arrayContaining(["2027-06"]));
    expect(Object.keys(fr).some((k) => /fin juin/.test(k))).toBe(true);
  });
  it("anchors 'the same day' on the last day already past, not on a deadline named in between", () => {
    const text =
      "The ministers signed the declaration in Oslo on Wednesday. Colombia will present a plan by 31 December 2027. The Prime Minister received the minister on the same day.";
    expect(dates(text, "2027-06-10")["the same day"]).toBe("2027-06-09");
  });
});

describe("dates: the end of a stay under way and parts of the publication day", () => {
  it("puts a weekday after 'until' or 'jusqu'à' ahead, even in a present-tense clause", () => {
    const en = dates("He met the president on the second day of a visit that runs until Saturday.", "2026-09-24");
    expect(Object.entries(en).find(([t]) => /Saturday/.test(t))?.[1]).toBe("2026-09-26");
    const fr = dates("La ministre, qui effectue une visite au Sénégal jusqu'à vendredi, a rencontré le président.", "2027-04-08", "fr");
    expect(Object.entries(fr).find(([t]) => /vendredi/.test(t))?.[1]).toBe("2027-04-09");
  });
  it("reads 'this morning' and 'this afternoon' as the publication day", () => {
    expect(dates("The president received the minister this morning at the palace.", "2026-09-24")["this morning"]).toBe("2026-09-24");
  });
});
