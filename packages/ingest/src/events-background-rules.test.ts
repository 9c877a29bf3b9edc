/** Event rules from the twelfth unseen set: background signings and a joint statement's title. */
import { describe, expect, it } from "vitest";
import { extract } from "./extract";

const events = (text: string, pair: [string, string], published = "2027-11-03") =>
  extract(text, { published, lang: "en", pair }).events.map((e) => [e.date, e.type]);

describe("events: background and titles", () => {
  it("keeps a signing told as background out of the events, but not a timeline's entry", () => {
    const found = events(
      "Premier Smith and Governor Kim of Gangwon met in Edmonton today. The sister-province agreement between Alberta and Gangwon was first signed in 1974.",
      ["KR", "CA"],
      "2027-04-14",
    );
    expect(found).toContainEqual(["2027-04-14", "meeting"]);
    expect(found.map((e) => e[1])).not.toContain("signing");
    expect(
      events(
        "Canada-Korea science cooperation: a timeline\n\n• September 1993 – The Agreement on Scientific and Technological Cooperation between Canada and Korea was signed in Seoul.",
        ["KR", "CA"],
        "2026-10-01",
      ),
    ).toContainEqual(["1993-09", "signing"]);
  });
  it("reads a text opening with a joint declaration's title as that joint statement, on the day under the title", () => {
    expect(
      events(
        "Joint Declaration on the Elevation of the Australia-Thailand Relationship to a Comprehensive Strategic Partnership\n\nCanberra, 3 November 2027\n\n1. The Prime Ministers of Australia and Thailand met in Canberra on 3 November 2027.",
        ["TH", "AU"],
      ),
    ).toContainEqual(["2027-11-03", "joint_statement"]);
  });
});

describe("events: a visit's end told in a later sentence", () => {
  it("extends a visit dated by its first day to the day a later sentence says it ended", () => {
    const x = extract(
      "Argentina's Secretary of Agriculture Sergio Iraeta signed a protocol with China in Beijing on June 24.\n\nIraeta's visit to China began in Shanghai on June 21. It ended on June 26 in Guangzhou.",
      { published: "2027-07-07", lang: "en", pair: ["AR", "CN"] },
    );
    expect(x.events.map((e) => [e.date, e.type])).toContainEqual(["2027-06-21/2027-06-26", "visit"]);
  });
});
