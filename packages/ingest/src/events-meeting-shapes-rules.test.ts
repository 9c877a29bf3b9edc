/** Event rules from the eighth unseen set: meetings held by video, over a meal, in audience or as a courtesy call, and French past forms. */
import { describe, expect, it } from "vitest";
import { eventTriggers } from "./events";
import { triggerTypes as types } from "./rules-test-kit";

describe("events: shapes of the eighth unseen set", () => {
  it("reads talks by videoconference as a meeting, not a call", () => {
    expect(types("The foreign minister held talks with her Chilean counterpart via videoconference on Monday.")).toEqual(["meeting"]);
    expect(types("The two ministers held a working meeting by videoconference today.")).toEqual(["meeting"]);
  });
  it("reads a courtesy call, 'called on' and a working lunch as meetings", () => {
    expect(types("The Chilean ambassador paid a courtesy call on the Secretary of Foreign Affairs on Monday.")).toEqual(["meeting"]);
    expect(types("Earlier in the day, he called on Secretary of Trade Maria Santos.")).toEqual(["meeting"]);
    expect(types("The Minister hosted her Polish counterpart for a working lunch in Pretoria on Thursday.")).toEqual(["meeting"]);
    expect(types("Le lendemain, le ministre a rendu une visite de courtoisie au premier ministre.")).toEqual(["meeting"]);
  });
  it("reads a host's verb with a day or an audience before the guest", () => {
    expect(types("President Ruiz received on Tuesday the Italian Deputy Prime Minister at the palace.")).toEqual(["meeting"]);
    expect(types("The King received in audience the Prime Minister of Portugal at the Royal Palace.")).toEqual(["meeting"]);
    expect(types("Sa Majesté le Roi a reçu en audience, mercredi au Palais royal, le chef du gouvernement portugais.")).toEqual([
      "meeting",
    ]);
    expect(types("La ministre a été reçue jeudi à Lisbonne par son homologue portugais.")).toEqual(["meeting"]);
  });
  it("reads French past forms of meeting, calling and visiting", () => {
    expect(types("M. Silva s'était entretenu par téléphone avec M. Costa le 12 février.")).toEqual(["phone_call"]);
    expect(types("Les ministres se sont rencontrés pour la dernière fois à Lisbonne en août 2026.")).toEqual(["meeting"]);
    expect(types("Vendredi, la ministre a visité un chantier naval à Porto.")).toEqual(["visit"]);
  });
  it("keeps a call a call", () => {
    expect(types("The Prime Minister called President Costa on Monday to congratulate him.")).toEqual(["phone_call"]);
  });
});

describe("places: a city set off before its country", () => {
  it("places a meeting in a city named before its country", async () => {
    const { extract } = await import("./extract");
    const x = extract("Chilean Foreign Minister Ana Soto met Polish Foreign Minister Jan Nowak on Monday in Valparaíso, Chile.", {
      published: "2026-03-20",
      lang: "en",
      pair: ["CL", "PL"],
    });
    expect(x.events.map((e) => [e.type, e.location.city, e.location.countryCode])).toContainEqual(["meeting", "Valparaíso", "CL"]);
  });
});

describe("events: an event named as the start of a period", () => {
  it("reads 'since X's visit in <month year>' and 'since their meeting in <city> in <month year>' as done events", () => {
    expect(types("The leaders welcomed the progress made since their meeting in Lima in October 2025.")).toEqual(["summit"]);
    expect(
      eventTriggers(
        "The Prime Minister will arrive in Santiago on March 9, the first such trip since Jan Kowalski's visit in March 2014.",
        0,
      ),
    ).toContainEqual({ type: "visit", at: expect.any(Number), text: "visit", past: true });
  });
  it("dates the recalled visit by its own date, not the pledge's", async () => {
    const { extract } = await import("./extract");
    const x = extract(
      "Polish Prime Minister Jan Nowak will arrive in Santiago on March 9 for an official visit, Chile's presidential office said Wednesday, the first by a Polish leader since Piotr Kowalski's visit in March 2014.",
      { published: "2027-02-24", lang: "en", pair: ["CL", "PL"] },
    );
    expect(x.events.map((e) => [e.date, e.type])).toEqual([["2014-03", "visit"]]);
  });
  it("needs a date on the spot", () => {
    expect(types("Trade has doubled since their meeting in Lima.")).toEqual([]);
  });
});

describe("events: a signing joined to the meeting it came from", () => {
  it("reads the meeting and the signing in 'was received by ..., with whom she signed' and 'co-chaired ..., after which ... were signed'", () => {
    expect(types("La ministre a été reçue jeudi à Lisbonne par son homologue, avec qui elle a signé un protocole d'entente.")).toEqual([
      "meeting",
      "signing",
    ]);
    expect(
      types(
        "Les deux chefs de gouvernement ont coprésidé à Rabat les travaux de la réunion, à l'issue de laquelle huit accords ont été signés.",
      ),
    ).toEqual(["dialogue_round", "signing"]);
  });
  it("still reads a signing recalled in a relative clause as no event", () => {
    expect(types("The minister welcomed the convention, which the two governments signed in Rome in 2024.")).toEqual([]);
  });
});

describe("events: a gathering named by its own past participle, and French names of capitals", () => {
  it("reads a numbered session held in the pluperfect as a round", () => {
    expect(types("La 12ème RHN s'était tenue à Lisbonne en février 2023.")).toEqual(["dialogue_round"]);
    expect(types("La session s'était tenue à Lisbonne en février 2023.")).toEqual(["dialogue_round"]);
  });
  it("places a round hosted in 'Berne' in Bern", async () => {
    const { extract } = await import("./extract");
    const x = extract(
      "Berne, 11.06.2026 - Le conseiller fédéral Ignazio Cassis a reçu mercredi à Berne le ministre des Affaires étrangères du Sénégal, M. Cheikh Niang, pour la deuxième session des consultations politiques entre la Suisse et le Sénégal.",
      { published: "2026-06-11", lang: "fr", pair: ["CH", "SN"] },
    );
    expect(x.events.map((e) => [e.date, e.type, e.location.city])).toContainEqual(["2026-06-10", "dialogue_round", "Bern"]);
  });
});

describe("events: a signing's meeting and French pluperfect visits", () => {
  it("reads a meeting named with the indefinite article as a signing's setting as an event of its own", () => {
    expect(
      types("Le Portugal et la Tunisie ont signé mardi un accord sur la mobilité, lors d'une rencontre à Tunis entre les deux ministres."),
    ).toEqual(["signing", "meeting"]);
    expect(types("The two ministers signed a memorandum on water during a working meeting in Lisbon.")).toEqual(["signing", "meeting"]);
    expect(types("The two ministers signed a memorandum on water at the meeting.")).toEqual(["signing"]);
  });
  it("reads French pluperfect and plural visits", () => {
    expect(types("L'ancien président s'était rendu à Lisbonne en septembre 2022.")).toEqual(["visit"]);
    expect(types("Les deux ministres s'étaient rendus à Tunis en juin 2022.")).toEqual(["visit"]);
  });
});

describe("events: a host receiving a delegation", () => {
  it("reads a delegation led by someone as the guest of a host's verb, and a letter as none", () => {
    expect(
      types(
        "The Speaker on Wednesday received a delegation of the Grand National Assembly of Türkiye led by its Speaker, Numan Kurtulmuş.",
      ),
    ).toEqual(["meeting"]);
    expect(types("The President hosted a business delegation from Portugal headed by the Minister of Economy.")).toEqual(["meeting"]);
    expect(types("The Speaker received a letter from the delegation.")).toEqual([]);
  });
});

describe("events: a conversation during a visit", () => {
  it("reads 's'est entretenu avec' on a day of a reported visit as a meeting, and as a call otherwise", async () => {
    const { extract } = await import("./extract");
    const run = (text: string) =>
      extract(text, { published: "2027-02-18", lang: "fr", pair: ["LU", "CV"] }).events.map((e) => [e.date, e.type]);
    const visit =
      "Le ministre luxembourgeois, Xavier Bettel, a effectué les 16 et 17 février une visite de travail à Praia, au Cabo Verde.\n\n";
    const talk =
      "Le 16 février, le ministre luxembourgeois Xavier Bettel s'est entretenu avec son homologue cap-verdien, Rui Figueiredo Soares.";
    expect(run(visit + talk)).toEqual([
      ["2027-02-16/2027-02-17", "visit"],
      ["2027-02-16", "meeting"],
    ]);
    expect(run(talk)).toEqual([["2027-02-16", "phone_call"]]);
  });
});

describe("events: an earlier numbered session of a round already reported", () => {
  it("reads 'La 6e session s'était tenue à Tunis' as the pair's round after the pair's 7th session", async () => {
    const { extract } = await import("./extract");
    const run = (text: string) =>
      extract(text, { published: "2026-10-21", lang: "fr", pair: ["TN", "PT"] }).events.map((e) => [e.date, e.type, e.location.city]);
    const round =
      "Le ministre des Affaires étrangères de la Tunisie, Mohamed Ali Nafti, et le ministre des Affaires étrangères du Portugal, Paulo Rangel, ont coprésidé mardi à Lisbonne les travaux de la 7e session du comité mixte de coopération tuniso-portugais.\n\n";
    const earlier = "La 6e session s'était tenue à Tunis en juin 2022.";
    expect(run(round + earlier)).toContainEqual(["2022-06", "dialogue_round", "Tunis"]);
    expect(run(earlier)).toEqual([]);
  });
});
