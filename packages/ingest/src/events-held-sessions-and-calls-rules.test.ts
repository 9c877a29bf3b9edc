/**
 * Event rules from the twenty-third unseen set: numbered sessions told by their participle of holding, consultations held,
 * a call then a meeting, delegations being led, arrivals opening the sentence, programme items and days still to come.
 */
import { describe, expect, it } from "vitest";
import { findCountryMentions } from "./country-mentions";
import { eventsOf, triggerTypes } from "./rules-test-kit";

describe("events: a numbered session set off by a comma and its participle of holding", () => {
  it("is a round over the days of its 'held' clause, whatever verb governs it", () => {
    const text =
      "The arrangement was agreed at the 5th Japan–Chile Consular Consultation, held in Santiago on 3-4 March 2029 and chaired by the two directors general.";
    expect(eventsOf(text, { published: "2029-03-20", pair: ["JP", "CL"] })).toContainEqual([
      "2029-03-03/2029-03-04",
      "dialogue_round",
      "Santiago",
    ]);
  });
  it("is a round, not a meeting, in French ('la deuxième réunion du groupe de travail ..., tenue à Accra les 6 et 7 mai')", () => {
    const text =
      "Accra, le 20 mai 2029 – Le protocole ghanéen et polonais fait suite à la deuxième réunion du groupe de travail Ghana–Pologne, tenue à Accra les 6 et 7 mai 2029, et remplace l'accord de 2019.";
    const found = eventsOf(text, { published: "2029-05-20", lang: "fr", pair: ["GH", "PL"] });
    expect(found).toContainEqual(["2029-05-06/2029-05-07", "dialogue_round", "Accra"]);
    expect(found.filter((e) => e[1] === "meeting")).toEqual([]);
  });
});

describe("events: consultations held", () => {
  it("are a round when 'held in' a place after the noun", () => {
    expect(
      triggerTypes(
        "The change follows the amendment, which the two governments agreed at air services consultations held in Lima on May 12 and 13 last year.",
      ),
    ).toEqual(["dialogue_round"]);
  });
  it("are a round in the French reflexive ('se sont tenues pour la dernière fois à Varsovie')", () => {
    expect(
      triggerTypes(
        "Les consultations politiques entre les deux ministères se sont tenues pour la dernière fois à Varsovie le 9 déc. dernier.",
      ),
    ).toEqual(["dialogue_round"]);
  });
});

describe("events: a session whose work a signing ended", () => {
  it("is a round over the session's days, beside the signing on its own day ('à l'issue des travaux de la 4e session')", () => {
    const text =
      "Tunis - La Tunisie et le Qatar ont signé, lundi à Tunis, cinq accords à l'issue des travaux de la 4e session de la commission mixte tuniso-qatarie, tenue les 2 et 3 févr.";
    const found = eventsOf(text, { published: "2031-02-04", lang: "fr", pair: ["TN", "QA"] });
    expect(found).toContainEqual(["2031-02-03", "signing", "Tunis"]);
    expect(found).toContainEqual(["2031-02-02/2031-02-03", "dialogue_round", "Tunis"]);
  });
  it("gives its days to a signing done 'à cette occasion'", () => {
    const text =
      "Cotonou, le 12 nov. 2030 – Le programme a été reconduit lors de la 3e réunion de la Commission mixte bénino-togolaise, tenue à Cotonou les 17 et 18 sept. 2030. À cette occasion, le ministre béninois et son homologue togolais ont également signé un accord sur les diplômes.";
    expect(eventsOf(text, { published: "2030-11-12", lang: "fr", pair: ["BJ", "TG"] })).toContainEqual([
      "2030-09-17/2030-09-18",
      "signing",
      "Cotonou",
    ]);
  });
});

describe("events: French verbs with an adverb between the auxiliary and the participle", () => {
  it("'ont ensuite signé' is a signing", () => {
    expect(triggerTypes("Les deux ministres ont ensuite signé un accord sur la pêche.")).toEqual(["signing"]);
  });
  it("'s'était déjà entretenu au téléphone' is a call, and a meeting told after it with 'puis' is a meeting of its own", () => {
    const text =
      "Dakar, le 18 févr. 2031 – Le ministre sénégalais Awa Diallo s'était déjà entretenu au téléphone avec le ministre portugais Rui Costa le 14 janv., puis avait rencontré le président du Portugal à Lisbonne dimanche.";
    const found = eventsOf(text, { published: "2031-02-18", lang: "fr", pair: ["SN", "PT"] });
    expect(found.map((e) => [e[0], e[1]])).toContainEqual(["2031-01-14", "phone_call"]);
    expect(found).toContainEqual(["2031-02-16", "meeting", "Lisbon"]);
  });
});

describe("events: a delegation being led", () => {
  it("is a visit under way in English ('who is leading ... delegation to Chile from ... to ...')", () => {
    expect(
      triggerTypes(
        "The prizes were given in Santiago by the two ministers, and Mr. Sato, who is leading a JETRO delegation to Chile from March 3 to 7.",
      ),
    ).toContain("visit");
  });
  it("is a visit under way in French ('dirige une délégation ... au Chili du 12 au 15 janv.')", () => {
    expect(triggerTypes("M. Sato dirige une délégation de la JETRO au Chili du 12 au 15 janv.")).toEqual(["visit"]);
  });
});

describe("events: an arrival opening the sentence", () => {
  it("is the first day of a visit ('Arrivé dimanche à Dakar pour une visite officielle de trois jours, ...')", () => {
    const text =
      "Dakar, le 4 févr. 2031 – Arrivé dimanche à Dakar pour une visite officielle de trois jours, le ministre portugais des Affaires étrangères a été reçu en audience mardi par le Premier ministre sénégalais.";
    expect(eventsOf(text, { published: "2031-02-04", lang: "fr", pair: ["SN", "PT"] })).toContainEqual([
      "2031-02-02/2031-02-04",
      "visit",
      "Dakar",
    ]);
  });
});

describe("events: what is still to come", () => {
  it("a programme's item (a clock time and a noun) reports no event", () => {
    expect(triggerTypes("15 h 00 Signature d'accords, Hôtel de Bourgogne")).toEqual([]);
    expect(triggerTypes("10:00 Visit to the National Cyber Security Centre, Belval")).toEqual([]);
  });
  it("an event dated after the day of writing is not one done", () => {
    const text =
      "Luxembourg, le 30 janvier 2031 – Le Président tchèque sera l'hôte du Grand-Duc.\n\nMercredi 19 mars\nLe Président tchèque et le Premier ministre luxembourgeois ont visité le Centre national de cybersécurité.";
    expect(eventsOf(text, { published: "2031-01-30", lang: "fr", pair: ["CZ", "LU"] })).toEqual([]);
  });
});

describe("events: a signing told as a participle with its year", () => {
  it("a year after the participle is no direct object: the memorandum is recalled, and the visit it names is the event", () => {
    const text =
      "Suva, 17 February 2031 – The project is carried out under the Memorandum of Understanding on Fisheries between the Government of Fiji and the Government of Japan, signed in Suva on 23 August 2030 during the state visit of the Prime Minister of Japan, from 22 to 24 August 2030.";
    const found = eventsOf(text, { published: "2031-02-17", pair: ["FJ", "JP"] });
    expect(found.filter((e) => e[1] === "signing")).toEqual([]);
    expect(found).toContainEqual(["2030-08-22/2030-08-24", "visit", "Suva"]);
  });
});

describe("countries: the initials prose uses for a country", () => {
  it("'PNG' is Papua New Guinea, alone or in a compound, but not inside a longer word", () => {
    expect(findCountryMentions("PNG's Minister for Information").map((m) => m.code)).toEqual(["PG"]);
    expect(findCountryMentions("the PNG–Indonesia Joint Border Committee").map((m) => m.code)).toEqual(["PG", "ID"]);
    expect(findCountryMentions("PNGX Markets")).toEqual([]);
  });
});

describe("events: talks held, then a statement issued", () => {
  it("'held a summit and adopted a joint statement' is a summit beside the statement", () => {
    expect(
      triggerTypes("In June 2024 the two presidents held a summit in Seoul and adopted a joint statement on a strategic partnership."),
    ).toEqual(["summit", "joint_statement"]);
  });
});

describe("events: what happened 'during that visit'", () => {
  it("takes the visit's days when it tells no day of its own", () => {
    const text =
      "Suva, 17 February 2031 – The President of Indonesia paid a state visit to Fiji from 22 to 24 August 2030. During that visit, the President and Fiji's Prime Minister held a bilateral meeting.";
    const found = eventsOf(text, { published: "2031-02-17", pair: ["FJ", "ID"] });
    expect(found.filter((e) => e[1] !== "visit").map((e) => e[0])).toEqual(["2030-08-22/2030-08-24"]);
  });
});

describe("events: leaders named only in a clause told of someone met", () => {
  it("do not make a call on a head of government a summit ('..., à qui il a remis un message de l'Émir ..., adressé au Roi')", () => {
    const text =
      "Rabat, le 4 févr. 2031 – Le ministre koweïtien des Affaires étrangères a été reçu en audience mardi à Rabat par le Chef du gouvernement marocain, à qui il a remis un message de l'Émir de l'État du Koweït, Cheikh Mechaal Al-Sabah, adressé au Roi du Maroc, Mohammed VI.";
    const found = eventsOf(text, { published: "2031-02-04", lang: "fr", pair: ["KW", "MA"] });
    expect(found.map((e) => e[1])).not.toContain("summit");
  });
});
