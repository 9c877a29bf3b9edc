/**
 * Dates: "this weekend" and "ce week-end" are the Saturday and Sunday of the week of writing; "au lendemain de ..." set
 * beside a day restates it; a body's next item of business told in the present ("begins its study ... on September 21")
 * is ahead.
 */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const datesOf = (text: string, published: string, lang: "en" | "fr" = "en") =>
  read(text, { published, lang, pair: ["BJ", "TG"] }).dates.map((d) => [d.text, d.value]);

describe("dates: this weekend", () => {
  it.each([
    ["Its arts team hosts a children's literature festival in Lalitpur this weekend.", "this weekend", "2034-11-16", "en"],
    ["The Embassy holds an open day this coming weekend.", "this coming weekend", "2034-11-16", "en"],
    ["Le port de Cotonou accueille ce week-end un navire-école de la marine togolaise.", "ce week-end", "2031-03-14", "fr"],
  ])("reads '%s' as that week's Saturday and Sunday", (sentence, text, published, lang) => {
    const [y, m, d] = published.split("-").map(Number) as [number, number, number];
    const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
    const saturday = new Date(Date.UTC(y, m - 1, d + ((6 - weekday + 7) % 7))).toISOString().slice(0, 10);
    const sunday = new Date(Date.UTC(y, m - 1, d + ((6 - weekday + 7) % 7) + 1)).toISOString().slice(0, 10);
    expect(datesOf(sentence, published, lang as "en" | "fr")).toContainEqual([text, `${saturday}/${sunday}`]);
  });
});

describe("dates: au lendemain beside a day", () => {
  it.each([
    ["Une délégation coréenne était au Saguenay aujourd'hui, au lendemain de la signature d'une entente.", "2030-09-18"],
    ["La ministre était à Lomé aujourd'hui, au lendemain du sommet de la CEDEAO.", "2031-03-14"],
  ])("reads '%s' as the day it restates", (sentence, published) => {
    expect(datesOf(sentence, published, "fr")).toContainEqual(["au lendemain", published]);
  });
});

describe("dates: a body's next item of business told in the present", () => {
  it.each([
    [
      "In other business, the Committee begins its study of trade with the Mercosur countries on September 21.",
      "September 21",
      "2032-09-21",
    ],
    ["The Senate resumes its debate on the bill on September 8.", "September 8", "2032-09-08"],
  ])("reads '%s' ahead of the day of writing", (sentence, text, value) => {
    expect(datesOf(sentence, "2032-05-13")).toContainEqual([text, value]);
  });
});
