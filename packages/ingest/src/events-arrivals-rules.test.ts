/** Event rules from the thirteenth unseen set: arrivals and departures, named rounds, exercises, occasions, first persons. */
import { describe, expect, it } from "vitest";
import { eventsOf, triggerTypes } from "./rules-test-kit";

const kr = (text: string, published: string, lang: "en" | "fr" = "en") => eventsOf(text, { published, lang });

describe("events: visits told by arrival and departure", () => {
  it("spans a visit from its arrival to the departure a later sentence tells", () => {
    const text =
      "Korean Mayor Hong Tae-yong arrived in Moncton, Canada, on Sunday with a delegation.\n\nMayor Dawn Arnold of Moncton welcomed him.\n\nThe delegation leaves Moncton on Thursday for Halifax.";
    expect(kr(text, "2027-11-24")).toContainEqual(["2027-11-21/2027-11-25", "visit", "Moncton"]);
  });
  it("keeps the arrival's day for the visit and gives the other event its own", () => {
    const text =
      "Canadian Trade Minister Maninder Sidhu, who arrived in Seoul on Sunday, met Korean Trade Minister Yeo Han-koo on Monday.\n\nSidhu wraps up his visit on Thursday in Busan.";
    expect(kr(text, "2027-06-09")).toEqual([
      ["2027-06-06/2027-06-10", "visit", "Seoul"],
      ["2027-06-07", "meeting", "Seoul"],
    ]);
  });
  it("reads an arrival and a departure in one sentence, and two days joined by 'et'", () => {
    expect(triggerTypes("The frigate arrived in Busan on September 27 and departed on October 1.")).toEqual(["visit"]);
    expect(
      kr("Le président coréen Lee Jae-myung était de passage à Québec lundi et mardi, à l'invitation du Canada.", "2027-09-29", "fr"),
    ).toEqual([["2027-09-27/2027-09-28", "visit", "Quebec"]]);
  });
  it("drops an arrival whose visit's end the text never tells", () => {
    expect(
      kr("Canadian Foreign Minister Anita Anand arrived in Seoul on Monday and will travel to Tokyo on Friday.", "2027-06-09"),
    ).toEqual([]);
  });
});

describe("events: named rounds, exercises and occasions", () => {
  it("reads a co-chaired or hosted named body as a round, and talks beside it as a meeting", () => {
    expect(
      triggerTypes(
        "Minister Anand and Minister Cho co-chaired, with the ministers of defence of both countries, the second Canada-Korea Foreign and Defence Ministers' (2+2) Meeting in Seoul.",
      ),
    ).toEqual(["dialogue_round"]);
    expect(triggerTypes("The Centre hosted the third Norway-Singapore Green Shipping Dialogue.")).toEqual(["dialogue_round"]);
    expect(
      triggerTypes(
        "À Hanoï, il s'est entretenu le 4 avril avec le vice-premier ministre et a coprésidé la 6e session de la Commission mixte.",
      ),
    ).toEqual(["meeting", "dialogue_round"]);
    expect(triggerTypes("Le ministre et le vice-ministre ont conduit la 8e ronde du dialogue politique bilatéral.")).toEqual([
      "dialogue_round",
    ]);
  });
  it("reads an exercise named in capitals, dated by the clause that tells it", () => {
    expect(triggerTypes("The two navies conducted exercise MAPLE DRAGON in waters off Jeju.")).toEqual(["exercise"]);
    expect(
      eventsOf(
        "Exercise EAGLE SHIELD-2027, conducted by the Turkish and Qatari Land Forces in Doha on 9 November, was successfully completed.",
        {
          published: "2027-11-11",
          pair: ["TR", "QA"],
        },
      ),
    ).toEqual([["2027-11-09", "exercise", "Doha"]]);
  });
  it("dates a signing 'on this occasion' or 'during the ... Meeting' by the event just reported, and a question reports nothing", () => {
    const text =
      "On June 30, 2027, the Canadian and Korean foreign ministers co-chaired the second Canada-Korea 2+2 Meeting in Seoul.\n\nWith regard to part (b), during the 2+2 Meeting the two countries signed a Memorandum of Understanding on Space Security.";
    expect(kr(text, "2027-10-28")).toContainEqual(["2027-06-30", "signing", "Seoul"]);
    expect(triggerTypes("What agreements were signed?")).toEqual([]);
  });
  it("reads a ship calling at a port as no call", () => {
    expect(triggerTypes("The first ammonia-fuelled ship had called at Pasir Panjang in August.")).toEqual([]);
  });
});

describe("events: first-person accounts", () => {
  it("reads 'I' as the speaker and places a summit in the city of the visit under way", () => {
    const text =
      "Prime Minister Mark Carney: It is good to be back in Korea, Canada's partner. I arrived in Seoul on Tuesday evening, and yesterday I met Korean business leaders in Changwon.\n\nThis morning, President Lee Jae-myung and I held our first bilateral summit.\n\nI will leave for Tokyo tomorrow morning.";
    expect(kr(text, "2027-11-04")).toEqual([
      ["2027-11-02/2027-11-05", "visit", "Seoul"],
      ["2027-11-03", "meeting", "Changwon"],
      ["2027-11-04", "summit", "Seoul"],
    ]);
  });
});

describe("events: French first-person meetings", () => {
  it("reads 'j'ai rencontré' and 'nous nous sommes entretenus' as meetings", () => {
    expect(triggerTypes("Hier, j'ai rencontré mon homologue coréen à Séoul.")).toEqual(["meeting"]);
    expect(triggerTypes("Nous nous sommes entretenus longuement de la sécurité économique.")).toEqual(["meeting"]);
  });
});

describe("events: a text about the pair through a town", () => {
  it("reads a text naming one country of the pair and a town of the other as about the pair", () => {
    const text = "Le maire de Fès, au Maroc, Abdeslam Bekkali, est arrivé dimanche à Montpellier. Il repartira vendredi.";
    expect(eventsOf(text, { published: "2027-10-20", lang: "fr", pair: ["FR", "MA"] })).toEqual([
      ["2027-10-17/2027-10-22", "visit", "Montpellier"],
    ]);
    expect(eventsOf(text.replace("Montpellier", "Lyon"), { published: "2027-10-20", lang: "fr", pair: ["KR", "CA"] })).toEqual([]);
  });
});
