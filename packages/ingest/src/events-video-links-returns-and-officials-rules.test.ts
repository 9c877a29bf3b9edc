/** Event rules: texts settled and conferences held over a video link, a visit's return home, officials' meetings told after, leaders' offices. */
import { describe, expect, it } from "vitest";
import { isLeaderTitle } from "./events";
import { findPlaceMentions } from "./places";
import { eventsOf, triggerTypes } from "./rules-test-kit";

describe("events: video links, returns home and officials' meetings", () => {
  it("reads a text concluded by video conference as a call, not a round", () => {
    const found = eventsOf(
      "Fiji and Samoa signed a fisheries memorandum in Suva on Monday. Negotiations began in Apia in March, and the text was concluded by video conference on 4 June.",
      { published: "2031-07-10", pair: ["FJ", "WS"] },
    );
    expect(found).toContainEqual(["2031-06-04", "phone_call", null]);
    expect(found).not.toContainEqual(["2031-06-04", "dialogue_round", null]);
  });
  it("reads a French video conference held by the two agencies as a call", () => {
    expect(
      triggerTypes("Les deux agences avaient tenu une visioconférence le 9 septembre pour régler les derniers détails du texte."),
    ).toContain("phone_call");
    expect(triggerTypes("The two ministers previously held a video conference in July.")).toContain("phone_call");
  });
  it("keeps a video conference held with a guest a meeting", () => {
    expect(triggerTypes("On Tuesday, committee members held a videoconference with the Ambassador on the agreement.")).toEqual(["meeting"]);
  });
  it("keeps a call told after a meeting in a third country's capital", () => {
    const found = eventsOf(
      "Le Ghana et le Togo ont signé lundi un accord à Lomé. Les deux ministres s'étaient rencontrés à Abidjan en octobre, en marge d'une conférence régionale, et s'étaient entretenus par téléphone le 14 décembre.",
      { published: "2032-01-07", pair: ["GH", "TG"], lang: "fr" },
    );
    expect(found).toContainEqual(["2031-12-14", "phone_call", null]);
  });
  it("reads a meeting, a call and a round told in one sentence with a semicolon", () => {
    const found = eventsOf(
      "Canada and Korea signed a tourism memorandum in Vancouver today. The two chief executives first met at a travel fair in Singapore last October, and spoke by video call on July 8 to settle the last points; their research teams finalized the text in Seoul in August.",
      { published: "2031-09-16", pair: ["CA", "KR"] },
    );
    expect(found).toContainEqual(["2030-10", "meeting", "Singapore"]);
    expect(found).toContainEqual(["2031-07-08", "phone_call", null]);
    expect(found).toContainEqual(["2031-08", "dialogue_round", "Seoul"]);
  });
  it("ends a visit on the return home, not on a leg inside the country", () => {
    const found = eventsOf(
      "Canada and Korea signed a memorandum in Vancouver on Tuesday. The Korean delegation arrived in Vancouver on Sunday, leaves for Toronto on Thursday and returns to Seoul on Saturday.",
      { published: "2031-09-16", pair: ["CA", "KR"] },
    );
    expect(found).toContainEqual(["2031-09-14/2031-09-20", "visit", "Vancouver"]);
  });
  it("reads a meeting of senior officials that finalised the text, told after it, as a round", () => {
    expect(
      triggerTypes("The session was preceded on Tuesday by a meeting of senior officials in Thimphu, which finalised the text of the MoU."),
    ).toEqual(["dialogue_round"]);
  });
  it("reads talks told as official talks", () => {
    expect(triggerTypes("President Mahama held official talks on Monday with the Prime Minister of Togo.")).toEqual(["meeting"]);
  });
  it("dates a statement issued at the end of the visit on the visit's last day", () => {
    const found = eventsOf(
      "Jordan and Iraq signed two agreements in Amman on Monday. Prime Minister Saleh arrived in Amman on Sunday for a two-day visit. Members of the delegation toured a factory yesterday.\n\nAccording to a joint statement issued at the end of the visit, Royal Jordanian will resume flights to Basra.",
      { published: "2034-02-20", pair: ["JO", "IQ"] },
    );
    expect(found).toContainEqual(["2034-02-20", "joint_statement", "Amman"]);
  });
  it("reads talks of two leaders as a summit when a news agency's name opens the story before the first one's office", () => {
    const found = eventsOf(
      "Tunis, TAP- President Kais Amara held talks in Tunis on Monday with Algerian Prime Minister Nadir Larbi on gas and rail links.",
      { published: "2033-05-10", pair: ["DZ", "TN"] },
    );
    expect(found).toContainEqual(["2033-05-09", "summit", "Tunis"]);
    expect(isLeaderTitle("NSERC President")).toBe(false);
  });
  it("reads a town's name that names a street as no place, and an airport in its own town", () => {
    expect(findPlaceMentions("He was received in his office on Wellington Street.", ["CA", "KR"])).toEqual([]);
    const airport = findPlaceMentions("The agreement was signed at YVR on Monday.", ["CA", "KR"]);
    expect(airport.map((p) => p.town)).toEqual(["Richmond"]);
  });
  it("reads visitors counted as a statistic, not a visit", () => {
    const found = eventsOf(
      "Canada and Korea signed a tourism memorandum in Vancouver today. Korean arrivals to Canada reached 312,000 last year, while some 260,000 Canadians visited Korea.",
      { published: "2031-09-16", pair: ["CA", "KR"] },
    );
    expect(found.filter((e) => e[1] === "visit")).toEqual([]);
  });
  it("dates a week-long visit from the arrival, in no town when told by its country alone", () => {
    const found = eventsOf(
      "Israel and Fiji signed an agriculture memorandum in Jerusalem on Tuesday. It was signed by the Minister of Agriculture of Fiji, Peter Tagini, who arrived in Israel on Sunday for a week-long working visit.",
      { published: "2030-07-18", pair: ["IL", "FJ"] },
    );
    expect(found).toContainEqual(["2030-07-14/2030-07-20", "visit", null]);
  });
  it("reads a visitor 'visiting Korea from November 2 to 5' as a visit over those days", () => {
    const found = eventsOf(
      "Korea and Canada held their science committee in Seoul on Friday. Earlier, on November 3, the Korean minister met in Seoul Canada's Minister of Industry, Ryan Callaghan, who was visiting Korea from November 2 to 5.",
      { published: "2033-11-07", pair: ["KR", "CA"] },
    );
    expect(found).toContainEqual(["2033-11-02/2033-11-05", "visit", null]);
  });
  it("ends a visit told by its arrival on the day the visitor goes home, told after", () => {
    const found = eventsOf(
      "Le Canada et la Corée ont signé mardi à Ottawa un arrangement. Arrivé lundi à Ottawa, le vice-ministre Song a rencontré hier à Québec le ministre Pelletier. Il regagne Séoul dimanche.",
      { published: "2032-10-08", pair: ["CA", "KR"], lang: "fr" },
    );
    expect(found).toContainEqual(["2032-10-04/2032-10-10", "visit", "Ottawa"]);
  });
  it("reads a side's trade mission named by its adjective as a visit", () => {
    expect(
      triggerTypes("Les deux ministres s'étaient rencontrés à Séoul en mai, lors d'une mission commerciale québécoise en Corée."),
    ).toContain("visit");
  });
  it("reads a visitor received by the host's president, named by its country, as a meeting of the pair", () => {
    const found = eventsOf(
      "Le Mali et le Niger ont signé mardi à Niamey un mémorandum. Le ministre malien est arrivé dimanche à Niamey pour une visite de trois jours. Il a été reçu lundi par le président nigérien.",
      { published: "2033-05-12", pair: ["ML", "NE"], lang: "fr" },
    );
    expect(found).toContainEqual(["2033-05-09", "meeting", "Niamey"]);
  });
  it("reads the talks a French signing is told to close as a meeting of their own", () => {
    const found = eventsOf(
      "Le Mali et le Niger ont signé lundi à Niamey un mémorandum, au terme d'entretiens entre le ministre malien des Mines et son homologue nigérien.",
      { published: "2032-01-07", pair: ["ML", "NE"], lang: "fr" },
    );
    expect(found).toContainEqual(["2032-01-05", "meeting", "Niamey"]);
  });
  it("places a signing at an airport in the airport's own town", () => {
    const found = eventsOf(
      "The agreement between Canada and Korea was signed at YVR by the President and CEO of the Vancouver Airport Authority, Dana Whitcombe, and the President of Incheon International Airport Corporation, Lee Sang-woo, on Monday.",
      { published: "2034-06-14", pair: ["CA", "KR"] },
    );
    expect(found).toContainEqual(["2034-06-12", "signing", "Richmond"]);
  });
});
