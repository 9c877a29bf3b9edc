/** Event type inference and scoping rules: calls, dialogue rounds, summits of leaders, anaphora, settings. */
import { describe, expect, it } from "vitest";
import { eventTrigger, isLeaderTitle } from "./events";
import { extract } from "./extract";

const events = (text: string, published: string, lang: "en" | "fr" = "en") => extract(text, { published, lang }).events;

describe("event types", () => {
  it("reads a readout's 'spoke with' as a phone call, but not 'spoke with reporters'", () => {
    expect(eventTrigger("Prime Minister Mark Carney today spoke with the President of the Republic of Korea.", 0)?.type).toBe("phone_call");
    expect(eventTrigger("The minister spoke with reporters after the meeting.", 0)?.type).not.toBe("phone_call");
  });
  it("reads a numbered committee meeting and a long dialogue name as a dialogue round", () => {
    expect(eventTrigger("Officials met in Seoul for the fifth meeting of the Joint Committee.", 0)?.type).toBe("dialogue_round");
    expect(eventTrigger("Park held the 1st ROK-Canada Vice Foreign Ministerial Strategic Dialogue with Morrison.", 0)?.type).toBe(
      "dialogue_round",
    );
  });
  it("takes the main clause's verb among generic triggers", () => {
    expect(
      eventTrigger("Ahn held talks with David McGuinty in Seoul, in the first visit to Korea by a Canadian defense minister.", 0)?.type,
    ).toBe("meeting");
  });
  it("makes a meeting of both sides' leaders a summit", () => {
    const x = events("President Lee Jae-myung and Canadian Prime Minister Mark Carney met in Gyeongju on Oct. 29.", "2026-01-15");
    expect(x[0]).toMatchObject({ type: "summit", date: "2025-10-29", location: { city: "Gyeongju" } });
    expect(isLeaderTitle("président sud-coréen")).toBe(true);
    expect(isLeaderTitle("Vice President")).toBe(false);
  });
  it("does not report plans, infinitives or the already-reported meeting as new events", () => {
    expect(eventTrigger("President Lee invited the Prime Minister to visit Korea at a mutually convenient time.", 0)).toBeNull();
    expect(eventTrigger("Le premier ministre doit se rendre à Séoul le 3 février.", 0)).toBeNull();
    expect(eventTrigger("During the meeting, both sides reaffirmed their commitment to the agreement.", 0)).toBeNull();
    expect(eventTrigger("The meeting was co-chaired by Sarah Wood and Park Jong-won.", 0)).toBeNull();
  });
  it("reads French 'a reçu' as a meeting", () => {
    expect(eventTrigger("La ministre Anita Anand a reçu mardi dernier à Ottawa le vice-ministre Kim Jina.", 0)?.type).toBe("meeting");
  });
});

describe("event scope", () => {
  it("takes 'the two Leaders' for the pair when the pair was last named", () => {
    const text =
      "Prime Minister of Canada Mark Carney welcomed President of the Republic of Korea Lee Jae-myung to Ottawa.\n\nThe two Leaders held a summit meeting in Ottawa on September 23, 2025.";
    expect(events(text, "2025-09-24").some((e) => e.type === "summit" && e.date === "2025-09-23")).toBe(true);
  });
  it("does not take 'the two leaders' for the pair when another pair was last named", () => {
    const text =
      "President Lee Jae-myung and Japanese Prime Minister Sanae Takaichi agreed on Tuesday to expand shuttle diplomacy.\n\nThe two leaders met for about two hours in Nara.\n\nLee, who met Canadian Prime Minister Mark Carney in late October, is expected to seek similar arrangements with Canada.";
    expect(events(text, "2026-01-14").filter((e) => e.date.startsWith("2026-01"))).toEqual([]);
  });
  it("places the event in the city after 'in', not a university's city", () => {
    const text =
      "Rob Huebert, a political scientist at the University of Calgary, said Korean and Canadian defence officials held talks in Seoul on March 3.";
    expect(events(text, "2025-03-10")[0]?.location.city).toBe("Seoul");
  });
});
