/**
 * Events: a session a signing closed, told with no days of its own, held on the signing's day (or from the first day its
 * sentence or the next tells); the same session told later over its days, one round; leaders named in a headline's plural,
 * or one by the office alone, meeting the other's leader hold a summit; a visitor
 * received by a leader who is not her counterpart holds a meeting; a visit to a country is placed in that country's town.
 */
import { describe, expect, it } from "vitest";
import { eventsOf } from "./rules-test-kit";

const GH_TG = { published: "2031-06-05", pair: ["GH", "TG"] as [string, string] };

describe("events: sessions closed by a signing, and leaders met", () => {
  it("holds a session a signing closed on the signing's day, or from the day it opened", () => {
    const oneDay = eventsOf(
      "ACCRA, June 4 -- Ghana and Togo signed three memoranda on Wednesday at the conclusion of the fourth session of the Ghana-Togo Joint Cooperation Council in Accra.",
      GH_TG,
    );
    expect(oneDay).toContainEqual(["2031-06-04", "dialogue_round", "Accra"]);
    const opened = eventsOf(
      "Ghana and Togo on Wednesday signed a fisheries agreement at the close of the fourth session of the Joint Cooperation Council in Accra.\n\nThe agreement was signed by the two foreign ministers, who co-chaired the two-day session that opened on Tuesday.",
      GH_TG,
    );
    expect(opened).toContainEqual(["2031-06-03/2031-06-04", "dialogue_round", "Accra"]);
    const twoDays = eventsOf(
      "The ministers of Ghana and Togo signed a fisheries memorandum in Accra at the close of the fourth session of the Joint Cooperation Council, held on Tuesday and Wednesday.",
      GH_TG,
    );
    expect(twoDays).toContainEqual(["2031-06-03/2031-06-04", "dialogue_round", "Accra"]);
  });

  it("keeps one round when the session a signing closed is told again over its days", () => {
    const events = eventsOf(
      "The ministers of Ghana and Togo signed a fisheries memorandum in Accra on Wednesday, at the close of the fourth meeting of the Ghana-Togo Joint Trade Committee.\n\nThe Committee met in Accra on June 3-4, 2031, a year after its third meeting.",
      GH_TG,
    );
    expect(events.filter(([, type]) => type === "dialogue_round")).toEqual([["2031-06-03/2031-06-04", "dialogue_round", "Accra"]]);
  });

  it("takes two prime ministers named in a headline's plural, meeting, for a summit", () => {
    const events = eventsOf(
      "Prime Ministers Mensah and Koffi meet in Aflao\n\nGhana's Prime Minister Kwame Mensah and the Prime Minister of the Togolese Republic, Yao Koffi, met today in Aflao, where they opened a new border post.",
      GH_TG,
    );
    expect(events).toContainEqual(["2031-06-05", "summit", "Aflao"]);
  });

  it("takes a leader named by the office alone, meeting the other side's named leader, for a summit", () => {
    const events = eventsOf(
      "Talks on the border market began when the Prime Minister met President Yao Koffi of Togo in Accra in March 2030, and they ended in Lomé on May 2.",
      { published: "2031-06-05", pair: ["GH", "TG"] as [string, string] },
    );
    expect(events).toContainEqual(["2030-03", "summit", "Accra"]);
  });

  it("holds a meeting, not a summit, where a leader receives a visitor the sentence calls no counterpart, and reads each dated clause", () => {
    const events = eventsOf(
      "Ghana's Foreign Minister Ama Owusu and her Togolese counterpart, Afi Agbo, signed a visa agreement in Accra on Tuesday.\n\nPresident Kwame Mensah of Ghana received Minister Agbo at Jubilee House on Monday afternoon, and the Minister of Trade of Ghana, Kofi Boateng, met the Togolese delegation on Tuesday.",
      GH_TG,
    );
    expect(events).toContainEqual(["2031-06-02", "meeting", "Accra"]);
    expect(events).toContainEqual(["2031-06-03", "meeting", "Accra"]);
    expect(events.some(([, type]) => type === "summit")).toBe(false);
  });

  it("places a visit to a country in that country's last town told, not in the visitor's own", () => {
    const events = eventsOf(
      "Ghana and Togo signed a visa agreement in Lomé on Wednesday. The two ministers last met in Accra in May 2030.\n\nMinister Ama Owusu of Ghana arrived in Togo on Tuesday on a two-day official visit.",
      GH_TG,
    );
    expect(events).toContainEqual(["2031-06-03/2031-06-04", "visit", "Lome"]);
  });
});

describe("events: a second clause after 'and the two leaders', and a visit of its own", () => {
  const LC_VC = { published: "2032-07-23", pair: ["LC", "VC"] as [string, string] };

  it("dates each clause by its own day and reads a visit outside the visit under way as one of its own", () => {
    const events = eventsOf(
      "Saint Vincent and the Grenadines Prime Minister Ralph Adams arrived in Castries on Monday for a four-day official visit.\n\nSaint Lucia's Prime Minister Mary Joseph visited Kingstown in November last year and the two leaders spoke by video call on June 30 about the ferry.",
      LC_VC,
    );
    expect(events).toContainEqual(["2031-11", "visit", "Kingstown"]);
    expect(events).toContainEqual(["2032-06-30", "phone_call", null]);
  });

  it("places a session told with no town at the town of the visit under way on its days", () => {
    const events = eventsOf(
      "The foreign ministers of Saint Lucia and Saint Vincent and the Grenadines signed a ferry memorandum at the close of the third session of the Joint Commission, held on Tuesday and Wednesday.\n\nMinister Paul Browne of Saint Vincent arrived in Castries on Monday evening for a four-day official visit.",
      LC_VC,
    );
    expect(events).toContainEqual(["2032-07-20/2032-07-21", "dialogue_round", "Castries"]);
  });
});
