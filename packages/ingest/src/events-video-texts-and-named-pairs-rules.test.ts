/** Events: a text settled in a video conference is a call; two people, the two heads or a meeting "of the two" are the pair. */
import { describe, expect, it } from "vitest";
import { eventsOf, triggerTypes } from "./rules-test-kit";

describe("events: a text settled in a video conference", () => {
  it("reads 'finalized the text in a video meeting' and 'agreed by experts in a videoconference' as calls", () => {
    expect(triggerTypes("Working-level officials finalized the text in a video meeting on July 9.")).toEqual(["phone_call"]);
    expect(triggerTypes("The text was agreed by experts in a videoconference on 18 April.")).toEqual(["phone_call"]);
  });

  it("keeps the visit of the first clause beside the call told by officials with no article", () => {
    expect(
      eventsOf(
        "Canada and Korea signed a memorandum on energy today in Seoul. The two sides launched talks on the memorandum in June, when Minister Choi visited Ottawa, and senior officials finalized the text in a video conference on Oct. 28.",
        { published: "2031-11-20", pair: ["KR", "CA"] },
      ),
    ).toEqual([
      ["2031-11-20", "signing", "Seoul"],
      ["2031-06", "visit", "Ottawa"],
      ["2031-10-28", "phone_call", null],
    ]);
  });
});

describe("events: the two sides named by their people", () => {
  it("reads a call of two people named before, and a meeting of the two admirals, as the pair's", () => {
    expect(
      eventsOf(
        "Canada's Rear-Admiral Anne Roy and Korea's Rear-Admiral Kim Jae-won signed the terms of reference in Busan on Tuesday. The two admirals last met in Honolulu in July. Roy and Kim spoke by video call on August 30.",
        { published: "2032-10-08", pair: ["KR", "CA"] },
      ),
    ).toEqual([
      ["2032-10-05", "signing", "Busan"],
      ["2032-07", "meeting", "Honolulu"],
      ["2032-08-30", "phone_call", null],
    ]);
  });

  it("reads a meeting of the two navies' planners, where talks were first proposed, as a round", () => {
    expect(
      eventsOf(
        "Canada and Korea signed the terms of reference for naval staff talks in Busan on Tuesday. Canada first proposed the staff talks at a meeting of the two navies' planners in Halifax in May 2031.",
        { published: "2032-10-08", pair: ["KR", "CA"] },
      ),
    ).toEqual([
      ["2032-10-05", "signing", "Busan"],
      ["2031-05", "dialogue_round", "Halifax"],
    ]);
  });
});
