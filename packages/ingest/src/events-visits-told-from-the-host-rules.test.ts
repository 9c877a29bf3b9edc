/**
 * Event rules for a visit told from where it happens: its arrival and its leaving, the talks and what followed them, the
 * statement that closed it, a transcript's own visit, and the background a release tells in passing.
 */
import { describe, expect, it } from "vitest";
import { findPlaceMentions } from "./places";
import { eventsOf, triggerTypes } from "./rules-test-kit";

describe("events: a visit told by its arrival and its leaving", () => {
  it("ends a French arrival on the day the visitor went home, told in the past", () => {
    const text =
      "Arrivée lundi soir à Dakar pour une visite de travail, la présidente gambienne Awa Ceesay a regagné Banjul ce mercredi matin.";
    expect(eventsOf(text, { published: "2030-09-11", lang: "fr", pair: ["SN", "GM"] })).toEqual([
      ["2030-09-09/2030-09-11", "visit", "Dakar"],
    ]);
  });
  it("ends a speaker's own arrival at the speaker's own leaving, told at the close of a transcript", () => {
    const text = [
      "Minister for Foreign Affairs Ms Ana Ribeiro: Good afternoon. I arrived in Tallinn yesterday for my first visit to Estonia as Foreign Minister.",
      "This morning, I called on Prime Minister Kaja Tamm.",
      "Question: What did you discuss?",
      "Minister: Trade. Our exporters want more flights.",
      "Question: What else is on the agenda?",
      "Minister: Energy. We compared our grids.",
      "Question: Any agreements?",
      "Minister: Not this time. The officials are still at work.",
      "Question: And tourism?",
      "Minister: It keeps growing. More of our people travel every year.",
      "Question: Where do you go next?",
      "Minister: I leave for Riga tomorrow morning, and I return to Lisbon on Saturday.",
    ].join("\n\n");
    expect(eventsOf(text, { published: "2031-05-06", pair: ["PT", "EE"] })).toContainEqual(["2031-05-05/2031-05-07", "visit", "Tallinn"]);
  });
  it("counts no span from the day reported for a visit told as under way for some days", () => {
    const text = [
      "Dakar, Senegal – The President of Senegal today held talks with the President of The Gambia, who is on a two-day working visit to Senegal.",
      "The Gambian President arrived in Dakar on Tuesday afternoon. She departs Dakar for Banjul this evening.",
    ].join("\n\n");
    const visits = eventsOf(text, { published: "2032-05-06", pair: ["SN", "GM"] }).filter(([, type]) => type === "visit");
    expect(visits).toEqual([["2032-05-04/2032-05-06", "visit", "Dakar"]]);
  });
  it("keeps a visit told with the country it went to out of a town of another country", () => {
    const text = [
      "Transcript of Minister for Foreign Affairs Ms Ana Ribeiro's Interview with the Lisbon Press on her Official Visit to the Republic of Estonia, 6 May 2031",
      "Minister: Good afternoon. I arrived in Tallinn yesterday, and this is my first visit to Estonia.",
    ].join("\n\n");
    const events = eventsOf(text, { published: "2031-05-06", pair: ["PT", "EE"] });
    expect(events.filter(([, , city]) => city === "Lisbon")).toEqual([]);
  });
  it("takes a visit named by its country alone, within the days of a visit there told over days, for that visit", () => {
    const text = [
      "Ministry of Foreign Affairs of Portugal",
      "Transcript of Minister for Foreign Affairs Ms Ana Ribeiro's Doorstop Interview with the Lisbon Media on her Official Visit to the Republic of Estonia, 6 May 2031",
      "Minister: Good afternoon. I arrived in Tallinn yesterday, and this is my first visit to Estonia.",
      "Question: Where do you go next?",
      "Minister: I leave for Riga tomorrow morning.",
    ].join("\n\n");
    const visits = eventsOf(text, { published: "2031-05-06", pair: ["PT", "EE"] }).filter(([, type]) => type === "visit");
    expect(visits).toEqual([["2031-05-05/2031-05-07", "visit", "Tallinn"]]);
  });
  it("makes no visit of one an invitation asks someone to make", () => {
    expect(
      triggerTypes("I conveyed the Prime Minister's invitation to the President to make a state visit to Lisbon, and she has accepted."),
    ).toEqual([]);
    expect(triggerTypes("Le président a invité son homologue à effectuer une visite officielle au Portugal.")).toEqual([]);
  });
});

describe("events: the talks and what followed them", () => {
  it("reads French leaders' talks told with 'ont eu ... des entretiens' as their summit", () => {
    const text =
      "Le Président de la République du Sénégal, Ousmane Diallo, et le Président de la République de Gambie, Lamin Jallow, ont eu mardi à Dakar des entretiens en tête-à-tête.";
    expect(eventsOf(text, { published: "2030-09-11", lang: "fr", pair: ["SN", "GM"] })).toEqual([["2030-09-10", "summit", "Dakar"]]);
  });
  it("dates a signing told as following the talks by the talks' day, not by a later day of the visit", () => {
    const text = [
      "Le ministre sénégalais des Affaires étrangères, Ousmane Diallo, et son homologue gambien, Lamin Jallow, ont eu mardi à Dakar des entretiens élargis aux deux délégations.",
      "Arrivé lundi à Dakar, le ministre gambien a regagné Banjul ce mercredi.",
      "À l'issue des entretiens, deux accords ont été signés par les deux ministres.",
    ].join("\n\n");
    expect(eventsOf(text, { published: "2030-09-11", lang: "fr", pair: ["SN", "GM"] })).toContainEqual(["2030-09-10", "signing", "Dakar"]);
  });
  it("dates an act told 'after that' by the day of the one just told, as its own", () => {
    const text = [
      "Ministry of Foreign Affairs of Portugal",
      "Minister: I arrived in Tallinn yesterday. This morning, I called on the Prime Minister of Estonia, Kaja Tamm.",
      "After that, I co-chaired the first meeting of the Portugal–Estonia Joint Commission with Foreign Minister Mart Kask.",
      "Our officials held the first round of negotiations on an investment agreement in Lisbon in January.",
    ].join("\n\n");
    expect(eventsOf(text, { published: "2031-05-06", pair: ["PT", "EE"] })).toContainEqual(["2031-05-06", "dialogue_round", "Tallinn"]);
  });
});

describe("events: statements, sessions and calls told in passing", () => {
  it("reads a joint communiqué told as issued, in English and in French", () => {
    expect(triggerTypes("In a joint communiqué issued at the end of the visit, the two Presidents welcomed the progress made.")).toEqual([
      "joint_statement",
    ]);
    expect(triggerTypes("Un communiqué conjoint a été rendu public jeudi à l'issue de la visite.")).toEqual(["joint_statement"]);
    expect(triggerTypes("According to the joint communiqué, the governments will open the border.")).toEqual([]);
  });
  it("places a joint communiqué where the visit was, not in the town a pledge in it names", () => {
    const text = [
      "Banjul, The Gambia – President Lamin Jallow today held talks in Banjul with the President of Senegal, Ousmane Diallo.",
      "In a joint communiqué issued at the end of the visit, the two Presidents agreed that the Joint Commission will hold its next session in Dakar in the fourth quarter of 2032.",
    ].join("\n\n");
    expect(eventsOf(text, { published: "2032-05-06", pair: ["GM", "SN"] })).toContainEqual(["2032-05-06", "joint_statement", "Banjul"]);
  });
  it("places a statement after the visitor went home in the town of the visit, not the town gone home to", () => {
    const text = [
      "Arrivé lundi soir à Dakar pour une visite de travail, le président gambien Lamin Jallow a regagné Banjul ce mercredi matin.",
      "Un communiqué conjoint a été rendu public ce mercredi à l'issue de la visite.",
    ].join(" ");
    expect(eventsOf(text, { published: "2030-09-11", lang: "fr", pair: ["SN", "GM"] })).toContainEqual([
      "2030-09-11",
      "joint_statement",
      "Dakar",
    ]);
  });
  it("reads the last session of a named commission, told with its own past verb, as a round of the pair", () => {
    const text = [
      "Le président sénégalais Ousmane Diallo a reçu mardi à Dakar son homologue gambien Lamin Jallow.",
      "La dernière session de la Grande commission mixte s'était tenue à Banjul en novembre 2028.",
    ].join("\n\n");
    expect(eventsOf(text, { published: "2030-09-11", lang: "fr", pair: ["SN", "GM"] })).toContainEqual([
      "2028-11",
      "dialogue_round",
      "Banjul",
    ]);
  });
  it("reads a French call told with 'par ailleurs' between the verb's parts", () => {
    expect(triggerTypes("Les deux présidents s'étaient par ailleurs entretenus au téléphone le 2 mai dernier.")).toEqual(["phone_call"]);
  });
  it("makes no call of the pair of one with a counterpart a third country's adjective names", () => {
    const text = [
      "Le ministre estonien de la Défense, Mart Kask, était à Lisbonne jeudi pour signer un accord avec le Portugal.",
      "Jeudi soir, le ministre Kask s'est par ailleurs entretenu par téléphone avec son homologue finlandais, Juha Virtanen.",
    ].join("\n\n");
    const calls = eventsOf(text, { published: "2032-10-08", lang: "fr", pair: ["PT", "EE"] }).filter(([, type]) => type === "phone_call");
    expect(calls).toEqual([]);
  });
  it("reads no town in a name joining two countries by a dash", () => {
    const text = "the first meeting of the Singapore–Maldives Joint Commission";
    expect(findPlaceMentions(text, ["SG", "MV"]).filter((p) => p.kind === "city")).toEqual([]);
  });
});
