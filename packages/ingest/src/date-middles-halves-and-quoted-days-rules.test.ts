/**
 * Date rules: "mid-2031" as the year's middle two months, half of a month as a range of days, "the same period" after a
 * month, and a quoted « Aujourd'hui » said on a day told before the publication.
 */
import { describe, expect, it } from "vitest";
import { pledgesOf, read } from "./rules-test-kit";

const datesOf = (text: string, published: string, lang: "en" | "fr" = "en") =>
  read(text, { published, lang }).dates.map((d) => [d.text, d.value]);

describe("dates: the middle of a year", () => {
  it("reads 'mid-2031' as June and July, and a pledge over it falls due in July", () => {
    const text = "Fiji will send a fisheries team to Samoa by mid-2031.";
    expect(datesOf(text, "2030-03-02")).toContainEqual(["mid-2031", "2031-06/2031-07"]);
    expect(pledgesOf(text, { published: "2030-03-02", pair: ["FJ", "WS"] }).map(([, due]) => due)).toContainEqual("2031-07");
  });
  it("still reads 'early 2031' as the year", () => {
    expect(datesOf("The port authority will open a new cold store in Suva in early 2031.", "2030-03-02")).toContainEqual([
      "early 2031",
      "2031",
    ]);
  });
});

describe("dates: half of a month", () => {
  it("reads 'the second half of May' as the days from the 16th to the month's end", () => {
    expect(datesOf("A survey vessel will call at Apia in the second half of May.", "2030-03-02")).toContainEqual([
      "the second half of May",
      "2030-05-16/2030-05-31",
    ]);
  });
  it("reads 'the first half of February' and 'la première quinzaine de juin' up to the 15th", () => {
    expect(datesOf("The inspectors came back in the first half of February.", "2030-03-02")).toContainEqual([
      "the first half of February",
      "2030-02-01/2030-02-15",
    ]);
    expect(datesOf("Une mission se rendra à Lomé dans la première quinzaine de juin.", "2030-03-02", "fr")).toContainEqual([
      "la première quinzaine de juin",
      "2030-06-01/2030-06-15",
    ]);
  });
});

describe("dates: 'the same period' after a month", () => {
  it("reads 'in the same period' as the month told just before it", () => {
    expect(
      datesOf(
        "One ministry will finish the new pier by the end of April 2032, and the other will dredge the channel in the same period.",
        "2031-05-05",
      ),
    ).toContainEqual(["in the same period", "2032-04"]);
  });
  it("leaves 'the same period last year' to the year it names", () => {
    const dates = datesOf("Exports rose in March 2031, up 8 percent on the same period last year.", "2031-05-05");
    expect(dates.map(([t]) => t)).not.toContain("the same period");
  });
});

describe("dates: a quoted « Aujourd'hui » said on a day told before the publication", () => {
  it("reads « Aujourd'hui » in a quote after 'ont signé lundi' as that Monday, a 'ce soir' of the narrator aside", () => {
    // 2031-03-05 is a Wednesday; the Monday before it is 2031-03-03.
    const text =
      "Les deux ministres ont signé lundi à Praia un accord sur les pêches.\n\n« Aujourd'hui, nous protégeons nos côtes ensemble », a déclaré la ministre.\n\nElle regagne Dakar ce soir.";
    expect(datesOf(text, "2031-03-05", "fr")).toContainEqual(["Aujourd'hui", "2031-03-03"]);
  });
});

describe("dates: the start of a step agreed in an infinitive", () => {
  it("reads 'had agreed last week to share ... from March 1' as the coming March", () => {
    const text =
      "Officials said the two ministries had agreed last week to share a dialysis contract with a hospital in Auckland from March 1.";
    expect(datesOf(text, "2031-07-16")).toContainEqual(["March 1", "2032-03-01"]);
  });
});
