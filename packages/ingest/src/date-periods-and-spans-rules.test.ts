/** Periods of years and months, halves and quarters written short, a week from its first day, and a month of the year before in French. */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const dateAt = (text: string, phrase: string, published: string, lang: "en" | "fr" = "en") => {
  const at = text.indexOf(phrase);
  const d = read(text, { published, lang }).dates.find((x) => x.start <= at && at < x.end);
  return d && [d.text, d.value];
};

describe("dates: periods and spans", () => {
  it("reads 'between 1884 and 1940' and a period in parentheses as ranges of years, whatever their span", () => {
    const text = "The archive holds the diaries of Norwegian whalers in Chile between 1884 and 1940.";
    expect(dateAt(text, "1884", "2030-05-01")).toEqual(["between 1884 and 1940", "1884/1940"]);
    const title = "Colloque « Cinquante ans de coopération Sénégal–Japon (1980-2030) : bilan »";
    expect(dateAt(title, "1980", "2030-05-01", "fr")).toEqual(["1980-2030", "1980/2030"]);
  });
  it("reads 'April 2022 – September 2027' as one period of months", () => {
    const text = "The project ran from April 2022 – September 2027 in three provinces.";
    expect(dateAt(text, "April 2022", "2030-05-01")).toEqual(["April 2022 – September 2027", "2022-04/2027-09"]);
  });
  it("reads 'first half of 2032' without 'the' as a half-year and 'the end of Q3 2031' as the quarter's last month", () => {
    const table = "Opening to traffic | forecast first half of 2032";
    expect(dateAt(table, "first half", "2030-05-01")).toEqual(["first half of 2032", "2032-01/2032-06"]);
    const text = "The utility will be audited again at the end of Q3 2031.";
    expect(dateAt(text, "Q3", "2030-05-01")?.[1]).toBe("2031-09");
  });
  it("reads 'mars de l'an dernier' as March of the year before the reference", () => {
    const text = "L'entente, modifiée en mars de l'an dernier, reste en vigueur.";
    expect(dateAt(text, "mars", "2031-12-04", "fr")?.[1]).toBe("2030-03");
  });
  it("reads 'the week of 14 June' and 'la semaine du 14 juin' as the seven days from that day", () => {
    const text = "The next round will be held in Lilongwe in the week of 14 June.";
    expect(dateAt(text, "14 June", "2030-05-01")).toEqual(["the week of 14 June", "2030-06-14/2030-06-20"]);
    const fr = "La prochaine session se tiendra à Lomé la semaine du 14 juin.";
    expect(dateAt(fr, "14 juin", "2030-05-01", "fr")).toEqual(["la semaine du 14 juin", "2030-06-14/2030-06-20"]);
  });
});
