/** Event rules for background facts, dated settings, courtesy calls, paired meetings and signings, and same-day cities. */
import { describe, expect, it } from "vitest";
import { findCountryMentions } from "./country-mentions";
import { eventTrigger, eventTriggers } from "./events";
import { extract } from "./extract";

const events = (text: string, published: string, lang: "en" | "fr" = "en") => extract(text, { published, lang }).events;

describe("event candidates from background and history", () => {
  it("dates a sentence by its own year rather than by another sentence's day, and ignores 'since'", () => {
    const x = events(
      "Korea and Canada renewed their partnership. The treaty took effect on March 3, 2019.\n\nIn 2017, during President Moon's visit to Ottawa, Korea and Canada opened a new dialogue.",
      "2025-06-10",
    );
    expect(x.find((e) => e.type === "visit")).toMatchObject({ date: "2017", location: { city: "Ottawa" } });
    expect(x.some((e) => e.date === "2019-03-03")).toBe(false);
  });
  it("reports no event for a period still running at publication ('this week's visit')", () => {
    const x = events(
      "Korea and Canada mark the anniversary. This week's visit by the Korean president is his first to Canada.",
      "2026-03-02",
    );
    expect(x).toEqual([]);
  });
  it("reads a participle describing an agreement as no signing", () => {
    expect(eventTrigger("The relationship rests on more than the trade agreement signed in 2011.", 0)).toBeNull();
    expect(eventTrigger("The agreement was signed in Seoul in 2011.", 0)?.type).toBe("signing");
  });
  it("reads French conditional advice as no report", () => {
    expect(eventTrigger("Le Canada aurait intérêt à envoyer une ministre à Séoul plutôt que d'attendre le prochain sommet.", 0)).toBeNull();
  });
  it("makes a dated setting its own event ('lors de la visite ... à Séoul, le 5 mars')", () => {
    const t = eventTrigger("Les dirigeants ont discuté des engagements pris lors de la visite de la ministre à Séoul, le 5 mars.", 0);
    expect(t).toMatchObject({ type: "visit", setting: true });
    expect(eventTrigger("During the visit, both sides reviewed trade.", 0)).toBeNull();
  });
  it("reads a round named in the passive, and refers it back to the round already reported", () => {
    expect(eventTrigger("The dialogue was first held in Seoul in 2019.", 0)).toMatchObject({ type: "dialogue_round", backReference: true });
  });
});

describe("event kinds", () => {
  it("reads a courtesy call as a meeting and 'welcomed X to Ottawa' as a visit, but not 'welcomed the signing'", () => {
    expect(eventTrigger("The delegation paid a courtesy call on the Vice Minister.", 0)?.type).toBe("meeting");
    expect(eventTrigger("Last month the Prime Minister welcomed the Korean President to Ottawa.", 0)?.type).toBe("visit");
    expect(eventTrigger("The ministers welcomed the signing of the arrangement.", 0)?.type).toBe("signing");
  });
  it("types a visit made for a summit as a summit", () => {
    expect(eventTrigger("The president visited Ottawa for a summit with the prime minister on May 2.", 0)?.type).toBe("summit");
  });
  it("reports both the meeting and the signing of 'met ..., and the two signed'", () => {
    const t = eventTriggers("On Monday she met the Korean minister in Busan, and the two signed a memorandum on ports.", 0);
    expect(t.map((x) => x.type)).toEqual(["meeting", "signing"]);
    expect(eventTriggers("The ministers signed a memorandum after they met.", 0).map((x) => x.type)).toEqual(["signing"]);
  });
  it("places a signing with no city of its own in the city of the same day's meeting", () => {
    const x = events(
      "Korea's trade minister Kim Jin-ho held a meeting with Canada's trade minister Sarah Hall in Halifax on April 2. The two ministers welcomed the signing of an arrangement on ports on the same day.",
      "2026-04-03",
    );
    expect(x.find((e) => e.type === "signing")).toMatchObject({ date: "2026-04-02", location: { city: "Halifax" } });
  });
  it("keeps the dated report of an event over an undated lead about it", () => {
    const x = events(
      "Ontario's government has signed a memorandum with Korean battery maker Daon Cells.\n\nOntario trade minister Vic Fedeli and Daon Cells chief executive Park Min-su signed the memorandum in Toronto on Monday, with Consul General of the Republic of Korea in Toronto Lee Jun-ho.",
      "2026-05-13",
    );
    expect(x.filter((e) => e.type === "signing").map((e) => e.date)).toEqual(["2026-05-11"]);
  });
});

describe("places of the pair", () => {
  it("reads a province as its country and a riding named after a capital as no country", () => {
    expect(findCountryMentions("Alberta's government signed")[0]?.code).toBe("CA");
    expect(findCountryMentions("Michael Chong (Wellington—Halton Hills North, CPC)")).toEqual([]);
  });
  it("reads a French 'sommet depuis' as a record high, not a summit", () => {
    expect(eventTrigger("Les ventes de porc vers le Japon ont atteint un sommet depuis dix ans, selon l'agence.", 0)).toBeNull();
    expect(eventTrigger("Les dirigeants se sont réunis lors d'un sommet à Tokyo.", 0)?.type).toBeDefined();
  });
});
