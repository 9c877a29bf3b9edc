/**
 * Commitment, date and country rules from the twenty-fifth unseen set: a French demonym naming a language ("un lectorat de
 * français canadien"), "a pour sa part promis d'organiser", and the month after such a promise read ahead.
 */
import { describe, expect, it } from "vitest";
import { findCountryMentions } from "./country-mentions";
import { pledgesOf, read } from "./rules-test-kit";

const AS = { published: "2031-03-19", lang: "fr" as const, pair: ["KR", "CA"] as [string, string] };
const LEAD =
  "L'Université de Saint-Boniface, au Manitoba, et l'Université Hankuk, de Séoul, ont signé jeudi dernier une entente de mobilité étudiante.\n\n";

describe("commitments: French languages and promises", () => {
  it("reads a lower-case demonym right after 'de' or 'en' as a language, not a country", () => {
    expect(findCountryMentions("un lectorat de français canadien").map((c) => c.code)).toEqual(["CA"]);
    expect(findCountryMentions("un cours d'espagnol et un texte traduit en coréen")).toEqual([]);
    expect(findCountryMentions("le président français").map((c) => c.code)).toEqual(["FR"]);
  });
  it("keeps a pledge whose object names a language in the pair's text", () => {
    const found = pledgesOf(`${LEAD}HUFS ouvrira un lectorat de français canadien à l'automne 2032.`, AS);
    expect(found.map((p) => p[1])).toEqual(["2032-11"]);
  });
  it("reads 'a pour sa part promis d'organiser ... en novembre' as a pledge due in the coming November", () => {
    const text = `${LEAD}Le consul général de la République de Corée à Vancouver, M. Yoon Jae-hyuk, a pour sa part promis d'organiser une foire de l'éducation coréenne à Winnipeg en novembre.`;
    expect(pledgesOf(text, AS).map((p) => p[1])).toEqual(["2031-11"]);
    expect(read(text, AS).dates.map((d) => [d.text, d.value])).toContainEqual(["en novembre", "2031-11"]);
  });
});
