/**
 * Commitment rules from the forty-third unseen set: a side's delegation as the actor ("The Fijian delegation will travel
 * ..."), an agreement told with its place and day before the infinitive ("agreed in Suva on 4 May to ..."), what an envoy
 * told journalists "would be held", what an instrument sets in the present with a date of its own, a statement's list of outcomes, a body named by two capitalised words joined by a hyphen ("Hydro-Manitoba"), and what pledges nothing: a forecast of what others
 * "will find" and a heading "... the leaders agreed on".
 */
import { describe, expect, it } from "vitest";
import { pledgesOf } from "./rules-test-kit";

const EN = { published: "2031-05-06", lang: "en" as const, pair: ["FJ", "WS"] as [string, string] };

describe("commitments: delegations, agreed days and told schedules", () => {
  it("reads a side's delegation as an actor", () => {
    expect(
      pledgesOf(
        "Fiji and Samoa signed a memorandum on fisheries. The Fijian delegation will travel to Apia for the regatta on 20 June.",
        EN,
      ),
    ).toEqual([["The Fijian delegation will travel to Apia for the regatta on 20 June.", "2031-06-20"]]);
    expect(pledgesOf("Fiji and Samoa signed a memorandum on fisheries. A Samoan delegation will come to Nadi. When?", EN)).toEqual([]);
  });
  it("reads 'agreed in <town> on <day> to' as a pledge due by its own deadline", () => {
    expect(
      pledgesOf(
        "Fiji and Samoa held talks. The two ministers agreed in Suva on 4 May to finalise a roadmap on tourism by the end of August.",
        EN,
      ),
    ).toEqual([["The two ministers agreed in Suva on 4 May to finalise a roadmap on tourism by the end of August.", "2031-08"]]);
  });
  it("reads what an envoy told journalists would be held as a pledge", () => {
    const pledges = pledgesOf(
      "Fiji and Samoa held talks. Samoa's High Commissioner later told journalists that a Samoan trade fair would be held in Suva in September.",
      EN,
    );
    expect(pledges.map((p) => p[1])).toEqual(["2031-09"]);
  });
  it("reads the items of a statement's list of outcomes as pledges when they are dated ahead", () => {
    const text =
      "Fiji and Samoa held talks in Apia.\n\nThe joint statement issued after the talks lists:\n- the launch of a tourism council, agreed today;\n- a pledge to open a consulate in Lautoka from March 1, 2032;\n- a yearly ministerial meeting, the next in Suva in the autumn of 2032.\n";
    expect(pledgesOf(text, EN).map((p) => p[1])).toEqual(["2032-03-01", "2032-11"]);
  });
  it("reads neither 'will find' nor a heading ending on 'agreed on' as a pledge", () => {
    const text =
      'Three things the ministers agreed on\n\nFiji and Samoa held talks on 5 May. "Samoan companies will find new buyers in Fiji from June," the minister said.';
    expect(pledgesOf(text, EN)).toEqual([]);
  });
  it("reads what an instrument raises from a date as the pair's pledge, and no one else's present", () => {
    expect(
      pledgesOf("Fiji and Samoa signed a protocol on 5 May. The protocol raises the annual fishing quota to 900 tonnes from 2032.", EN),
    ).toEqual([["The protocol raises the annual fishing quota to 900 tonnes from 2032.", "2032"]]);
    expect(pledgesOf("Fiji and Samoa signed a protocol on 5 May. Samoa raises its tariffs on timber from 2032.", EN)).toEqual([]);
  });
  it("reads a body named by two capitalised words joined by a hyphen as an actor when its pledge is dated", () => {
    const FR = { ...EN, lang: "fr" as const };
    expect(
      pledgesOf(
        "Les Fidji et les Samoa ont signé un accord le 5 mai. Énergie-Pacifique fournira 20 mégawatts au port d'ici le 30 juin 2032.",
        FR,
      ),
    ).toEqual([["Énergie-Pacifique fournira 20 mégawatts au port d'ici le 30 juin 2032.", "2032-06-30"]]);
  });
});
