/** Rounds of joint bodies named with their complements, rounds set beside a signing, talks beside a round, recalled dates. */
import { describe, expect, it } from "vitest";
import { eventsOf } from "./rules-test-kit";

describe("events: bodies, settings and recalled clauses", () => {
  it("reads a French joint body with an adjective and a compound name, or in a clause after 'que', that met as a round", () => {
    const bjma = eventsOf(
      "Le Bénin et le Maroc ont signé un programme. La première commission mixte culturelle Bénin-Maroc s'était réunie à Rabat les 22 et 23 sept. 2029.",
      { published: "2030-11-20", lang: "fr", pair: ["BJ", "MA"] },
    );
    expect(bjma).toContainEqual(["2029-09-22/2029-09-23", "dialogue_round", "Rabat"]);
    const krca = eventsOf(
      "Le Tribunal a tenu compte de l'Accord de libre-échange Canada-Corée, entré en vigueur le 1er janv. 2015, et du fait que le Comité Canada-Corée sur les recours commerciaux s'est réuni pour sa troisième session à Séoul le 18 juin 2030.",
      { published: "2030-10-18", lang: "fr" },
    );
    expect(krca).toContainEqual(["2030-06-18", "dialogue_round", "Seoul"]);
  });
  it("reads a numbered session of a body named as a signing's setting as a round beside the signing", () => {
    const found = eventsOf(
      "On September 24, Statistics Canada and Statistics Korea signed a memorandum of understanding in Daejeon, during the fourth meeting of the Canada–Korea Working Group on Economic Statistics.",
      { published: "2030-12-05" },
    );
    expect(found).toContainEqual(["2030-09-24", "signing", "Daejeon"]);
    expect(found).toContainEqual(["2030-09-24", "dialogue_round", "Daejeon"]);
  });
  it("reads talks held before 'and the two ministers co-chaired' a session as a meeting beside the round", () => {
    const found = eventsOf(
      "Germany and Viet Nam. Minister Reinholt held talks in Hanoi on 11 November with Viet Nam's Minister of Industry and Trade, Mr. Nguyen Hong Dien Quang, and the two ministers co-chaired the 8th session of the Germany–Viet Nam Joint Committee on Economic Cooperation.",
      { published: "2030-11-28", pair: ["DE", "VN"] },
    );
    expect(found).toContainEqual(["2030-11-11", "meeting", "Hanoi"]);
    expect(found).toContainEqual(["2030-11-11", "dialogue_round", "Hanoi"]);
  });
  it("does not date a signing by the day of what the same sentence recalls", () => {
    const found = eventsOf(
      "Germany and Viet Nam held talks in Hanoi on 11 November. They signed a Joint Declaration of Intent on Energy Transition Partnership and recalled that the EU–Viet Nam Free Trade Agreement entered into force on 1 August 2020.",
      { published: "2030-11-28", pair: ["DE", "VN"] },
    );
    expect(found.map(([d]) => d)).not.toContain("2020-08-01");
  });
});

describe("events: summits named by their purpose, and summits being prepared", () => {
  it("reads leaders who met for a named summit as a summit, and a meeting to prepare one, or over breakfast, as a meeting", () => {
    const as = { published: "2030-09-02", pair: ["IN", "JP"] as [string, string] };
    expect(
      eventsOf("India and Japan. In August last year, our Prime Ministers met in Kyoto for the 16th India-Japan Annual Summit.", as),
    ).toContainEqual(["2029-08", "summit", "Kyoto"]);
    const prepared = eventsOf(
      "India and Japan. This morning, Minister Takamura and I also reviewed the preparations for the summit over breakfast in Tokyo.",
      as,
    );
    expect(prepared.map(([, type]) => type)).toEqual(["meeting"]);
  });
});

describe("events: visits beside a signing and coordinated meetings", () => {
  it("reads 'during a visit to Korea by <office holder>, from 1 to 5 June' as a visit over those days beside the signing", () => {
    const found = eventsOf(
      "Kenya and Korea. A Joint Degree Agreement was signed in Daejeon on 3 June 2030 during a visit to Korea by Kenya's Cabinet Secretary for Education, Dr. Wanjiru Kamau-Otieno, from 1 to 5 June.",
      { published: "2030-08-20", pair: ["KE", "KR"] },
    );
    expect(found).toContainEqual(["2030-06-03", "signing", "Daejeon"]);
    expect(found.map(([date, type]) => [date, type])).toContainEqual(["2030-06-01/2030-06-05", "visit"]);
  });
  it("dates a second meeting coordinated by ', puis avec' by the day in its own clause", () => {
    const found = eventsOf(
      "La ministre des Relations internationales du Québec, Mme Isabelle Fortin-Kassab, a dirigé une mission en Corée du Sud. Lors de la mission, la ministre s'est entretenue le 21 oct. à Séoul avec le ministre sud-coréen du Commerce, M. Baek Seung-hoon, puis avec le gouverneur de la province du Gyeongsang du Nord, M. Lee Cheol-woo, à Andong le 23 oct.",
      { published: "2030-11-13", lang: "fr" },
    );
    expect(found).toContainEqual(["2030-10-21", "meeting", "Seoul"]);
    expect(found).toContainEqual(["2030-10-23", "meeting", "Andong"]);
  });
});

describe("events: a visiting mission meeting one side", () => {
  it("reads 'the mission met' someone of one side, after the mission's visit was told, as a meeting of the pair", () => {
    const found = eventsOf(
      "Brazil and Nigeria.\n\nAn Embrapa technical mission led by Dr. Ricardo Albuquerque Lins visited Kano and Kaduna from 4 to 9 August. On 7 August the mission met the Kano State Commissioner for Agriculture, Alhaji Musa Danladi Gwarzo, in Kano.",
      { published: "2030-10-10", pair: ["BR", "NG"] },
    );
    expect(found).toContainEqual(["2030-08-07", "meeting", "Kano"]);
  });
});
