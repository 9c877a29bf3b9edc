/** Dates: "that afternoon", "ce soir-là", "the second day" and "that same year" repeat a date the text named before. */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const valuesOf = (text: string, lang: "en" | "fr", published: string) =>
  read(text, { published, lang, pair: ["NO", "CL"] }).dates.map((d) => [d.text, d.value]);

describe("dates: a time of day, a day of a span and a year told again", () => {
  it("reads 'that afternoon' and 'later that evening' as the day named before", () => {
    const text =
      "On 3 March, Norway's fisheries minister opened the Santiago seafood fair. At a meeting that afternoon she and Chile's minister agreed on a joint survey. Later that evening they dined with exporters.";
    expect(valuesOf(text, "en", "2031-03-07")).toEqual([
      ["3 March", "2031-03-03"],
      ["that afternoon", "2031-03-03"],
      ["Later that evening", "2031-03-03"],
    ]);
  });
  it("reads 'ce soir-là' as the day named before", () => {
    const text = "Le 12 mai, la ministre norvégienne est arrivée à Santiago. Ce soir-là, elle a rencontré son homologue chilien.";
    expect(valuesOf(text, "fr", "2031-05-20").map(([, v]) => v)).toEqual(["2031-05-12", "2031-05-12"]);
  });
  it("reads 'le surlendemain' and 'two days later' as two days after the day named before", () => {
    expect(
      valuesOf(
        "Le mardi 3 juin, la ministre est arrivée à Santiago. Le surlendemain, elle a rencontré son homologue.",
        "fr",
        "2031-06-10",
      ).map(([, v]) => v),
    ).toEqual(["2031-06-03", "2031-06-05"]);
    expect(
      valuesOf("The minister arrived in Oslo on 3 June. Two days later she met her Chilean counterpart.", "en", "2031-06-10"),
    ).toContainEqual(["Two days later", "2031-06-05"]);
  });
  it("reads 'the day before the signing' and 'la veille du scrutin' from the day of the event named, not the last day written", () => {
    expect(
      valuesOf(
        "The treaty was signed in Oslo on 14 May by the two ministers, during a visit of 12 to 16 May. The ministers met the press the day before the signing.",
        "en",
        "2031-06-01",
      ),
    ).toContainEqual(["the day before the signing", "2031-05-13"]);
    expect(
      valuesOf(
        "Le Chili a voté le 3 avril, au terme d'une campagne ouverte le 1er mars. La veille du scrutin, la ministre norvégienne était à Santiago.",
        "fr",
        "2031-04-10",
      ),
    ).toContainEqual(["La veille du scrutin", "2031-04-02"]);
  });
  it("reads 'the second day' and 'the closing day' as days of the span named before, not 'the second day of a visit'", () => {
    const text =
      "The Pacific Alliance forum met in Valparaíso on 9-11 April 2031. Norway and Chile signed a seabed mapping memorandum on the second day. The two ministers spoke to the press on the closing day. It was the second day of a three-day visit.";
    expect(valuesOf(text, "en", "2031-04-15")).toEqual([
      ["9-11 April 2031", "2031-04-09/2031-04-11"],
      ["the second day", "2031-04-10"],
      ["the closing day", "2031-04-11"],
    ]);
  });
  it("reads 'le 4 juillet de la même année' and 'that same year' in the year last written", () => {
    const fr =
      "La Norvège et le Chili ont signé en mars 2029 un accord sur la pêche, ratifié par le Sénat chilien le 4 juillet de la même année.";
    expect(valuesOf(fr, "fr", "2031-02-01")).toEqual([
      ["en mars 2029", "2029-03"],
      ["le 4 juillet de la même année", "2029-07-04"],
    ]);
    const en = "The treaty was signed in Oslo in May 2016. Chile's Congress ratified it that same year.";
    expect(valuesOf(en, "en", "2031-02-01").map(([, v]) => v)).toEqual(["2016-05", "2016"]);
  });
  it("reads 'that week' and 'la même semaine' as the week, Monday to Sunday, of the day named before", () => {
    const en =
      "The salmon accord was signed in Oslo on Thursday 6 March. Chile's trade minister, who was in Norway that week for a fisheries forum, attended.";
    expect(valuesOf(en, "en", "2031-03-12")).toEqual([
      ["Thursday 6 March", "2031-03-06"],
      ["that week", "2031-03-03/2031-03-09"],
    ]);
    const fr = "L'accord a été signé à Oslo le 6 mars. La ministre chilienne, venue la même semaine pour un forum, y assistait.";
    expect(valuesOf(fr, "fr", "2031-03-12").map(([, v]) => v)).toEqual(["2031-03-06", "2031-03-03/2031-03-09"]);
  });
  it("reads 'la semaine suivante' as the week after the days told, but not after an event named since", () => {
    const fr = "La troupe dansera à Santiago du 20 au 24 avril 2032, puis à Valparaíso la semaine suivante.";
    expect(valuesOf(fr, "fr", "2031-08-25")).toEqual([
      ["du 20 au 24 avril 2032", "2032-04-20/2032-04-24"],
      ["la semaine suivante", "2032-04-26/2032-05-02"],
    ]);
    const en = "The crates reach Oslo on April 22; the museums will hold a talk before the opening and a symposium the following week.";
    expect(valuesOf(en, "en", "2031-03-10").map(([t]) => t)).not.toContain("the following week");
  });
  it("reads 'the first morning', 'the second afternoon' as days of the span told, and 'later that day' after them", () => {
    const en =
      "Chile's stand at the Oslo seafood show ran from 14 to 16 May and sold out of smoked salmon on the second afternoon. Chile's ambassador, Ana Rojas, opened the stand on the first morning with Norway's fisheries minister, who toured the hall. Later that day the two ministers met.";
    expect(valuesOf(en, "en", "2031-05-20")).toEqual([
      ["14 to 16 May", "2031-05-14/2031-05-16"],
      ["the second afternoon", "2031-05-15"],
      ["the first morning", "2031-05-14"],
      ["Later that day", "2031-05-14"],
    ]);
  });
});
