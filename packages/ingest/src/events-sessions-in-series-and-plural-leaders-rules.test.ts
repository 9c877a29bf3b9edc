/** Events: a joint body's session named by its place in a series, and both leaders named in the plural. */
import { describe, expect, it } from "vitest";
import { eventTrigger } from "./events";
import { eventsOf } from "./rules-test-kit";

describe("events: a session named by its place in a series", () => {
  it("reads 'at the ninth meeting of the Joint Commission' as a round, not the setting of one already told", () => {
    expect(
      eventTrigger("Talks on the fisheries accord were launched at the ninth meeting of the Joint Commission in Tromsø in May 2030.", 0)
        ?.type,
    ).toBe("dialogue_round");
  });
  it("reads 'lors de la 4e réunion du comité mixte' and 'lors de la dernière session de la commission mixte' as rounds", () => {
    expect(eventTrigger("Le programme a été prolongé en mars 2030 lors de la 4e réunion du comité mixte, à Lyon.", 0)?.type).toBe(
      "dialogue_round",
    );
    expect(
      eventTrigger("Le texte avait été négocié lors de la dernière session de la commission mixte, à Namur en juin 2031.", 0)?.type,
    ).toBe("dialogue_round");
  });
  it("still masks a meeting told as a setting", () => {
    expect(eventTrigger("During the meeting, both sides reaffirmed their commitment to the accord.", 0)).toBeNull();
  });
  it("leaves a session undated in its own conjunct to the setting", () => {
    expect(
      eventTrigger(
        "Le fonds relève de l'Entente culturelle, signée à Lyon le 4 mai 2030 et prolongée jusqu'en 2036 lors de la 2e réunion du comité mixte.",
        0,
      )?.type,
    ).not.toBe("dialogue_round");
  });
  it("reads a joint committee's meeting as a round", () => {
    expect(eventTrigger("The idea was first raised at the third joint committee meeting in Lima in May 2030.", 0)?.type).toBe(
      "dialogue_round",
    );
  });
  it("reads 'at a first round in Tromsø in May' as a round", () => {
    expect(eventTrigger("The two ministries opened negotiations at a first round in Tromsø in May.", 0)?.type).toBe("dialogue_round");
  });
  it("knows Odesa under its current spelling", () => {
    expect(
      eventsOf(
        "La Moldova et l'Ukraine ont signé mardi à Kyiv un accord ferroviaire. Les négociations avaient été lancées lors de la dernière session de la commission mixte, à Odesa en septembre 2032, et achevées en janvier.",
        { published: "2033-02-15", pair: ["MD", "UA"], lang: "fr" },
      ),
    ).toContainEqual(["2032-09", "dialogue_round", "Odesa"]);
  });
  it("reads a joint body named by its kind alone, in a text about the pair, as the pair's", () => {
    expect(
      eventsOf(
        "Le Laos et le Vietnam ont signé mardi à Hanoï un accord sur le riz. Les négociations avaient été lancées à Vientiane en mars 2030, lors de la première session de la Commission mixte.",
        { published: "2031-11-20", pair: ["LA", "VN"], lang: "fr" },
      ),
    ).toContainEqual(["2030-03", "dialogue_round", "Vientiane"]);
  });
});

describe("events: both leaders named in the plural", () => {
  it("makes the talks of 'The Presidents of A, X, and of B, Y' a summit", () => {
    expect(
      eventsOf(
        "Quito - The Presidents of Ecuador, Rafael Moncayo, and of Uruguay, Inés Barreto, agreed on Tuesday in Quito to deepen relations, at the end of official talks held at Carondelet Palace.",
        { published: "2032-03-10", pair: ["EC", "UY"] },
      ),
    ).toEqual([["2032-03-09", "summit", "Quito"]]);
  });
  it("reads 'les deux chefs de gouvernement' as the pair, meeting on a summit's margins", () => {
    expect(
      eventsOf(
        "Le Premier ministre du Laos, Bounthong Sayavong, est arrivé lundi à Hanoï. Les deux chefs de gouvernement s'étaient entretenus en marge du Sommet de l'ASEAN en mai.",
        { published: "2031-11-20", pair: ["LA", "VN"], lang: "fr" },
      )
        .filter(([, type]) => type === "summit")
        .map(([date, type]) => [date, type]),
    ).toEqual([["2031-05", "summit"]]);
  });
});
