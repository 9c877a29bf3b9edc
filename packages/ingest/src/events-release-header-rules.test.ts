/** Event rules on how releases and statements are built: header datelines, statements issued, missions over days. */
import { describe, expect, it } from "vitest";
import { findDatelines } from "./dateline";
import { eventTriggers } from "./events";
import { extract } from "./extract";

describe("datelines giving the day before the town", () => {
  it("reads a release's 'day - town, country - office' line", () => {
    const text = "News release\n\nJune 3, 2031 - Lima, Peru - Ministry of Foreign Affairs\n\nToday, the minister ...\n";
    const lines = findDatelines(text, "2031-06-03");
    expect(lines.map((l) => [l.city.text, l.day])).toEqual([["Lima", "2031-06-03"]]);
  });
  it("reads the French line with the country in brackets", () => {
    const text = "Communiqué\n\nLe 3 juin 2031 – Lima (Pérou) – Ministère des Relations extérieures\n\nAujourd'hui, la ministre ...\n";
    const lines = findDatelines(text, "2031-06-03");
    expect(lines.map((l) => [l.city.text, l.day])).toEqual([["Lima", "2031-06-03"]]);
  });
  it("reads a day alone on its line with the town and its province on the next", () => {
    const text = "Joint Statement by the two Presidents\nOctober 24, 2030\nSantiago, Chile\nShare this page\n\nThe Presidents met today.\n";
    const lines = findDatelines(text, "2030-10-24");
    expect(lines.map((l) => [l.city.text, l.day])).toEqual([["Santiago", "2030-10-24"]]);
  });
  it("does not read a day line followed by a line of prose", () => {
    const text = "October 24, 2030\nThe Presidents met today in Santiago.\n";
    expect(findDatelines(text, "2030-10-24")).toEqual([]);
  });
  it("places the day's signing in the dateline's town, not in a town visited later in the mission", () => {
    const text =
      "News release\n\nJune 6, 2031 - Lima, Peru - Ministry of Foreign Affairs of Chile\n\n" +
      "Earlier today, Chile's Minister of Foreign Affairs, Rosa Pintos, and Peru's Minister of Foreign Affairs, Luis Ortiz, " +
      "signed a memorandum of understanding on port logistics.\n\n" +
      "On Thursday, Minister Pintos travelled to Arequipa, where she visited a copper smelter.\n";
    const events = extract(text, { published: "2031-06-06", lang: "en", pair: ["CL", "PE"] }).events;
    const signing = events.find((e) => e.type === "signing");
    expect(signing?.date).toBe("2031-06-06");
    expect(signing?.location.city).toBe("Lima");
  });
});

describe("joint statements issued and where", () => {
  it("reads 'issued the following statement' as the statement's issue", () => {
    expect(eventTriggers("The Presidents issued the following statement:", 0).map((t) => t.type)).toEqual(["joint_statement"]);
  });
  it("reads 'ont rendu public le communiqué conjoint suivant'", () => {
    const triggers = eventTriggers("Les deux ministres ont rendu public le communiqué conjoint suivant :", 0);
    expect(triggers.map((t) => t.type)).toEqual(["joint_statement"]);
  });
  it("does not read one premier's 'issued the following statement' as a joint statement", () => {
    const triggers = eventTriggers("VALPARAÍSO — Governor Ana Rojas issued the following statement on the close of the mission:", 0);
    expect(triggers.map((t) => t.type)).toEqual([]);
  });
  it("keeps the statement the text issues beside an earlier month's statement it recalls", () => {
    const text =
      "Joint Statement by the Presidents of Chile and Peru\nOctober 24, 2030\nSantiago, Chile\n\n" +
      "President Ana Rojas of Chile and President Carlos Quispe of Peru met today in Santiago. The Presidents issued the following statement:\n\n" +
      "1. The Presidents recalled the Joint Statement adopted at the Pacific Alliance summit in Lima in April.\n";
    const events = extract(text, { published: "2030-10-24", lang: "en", pair: ["CL", "PE"] }).events;
    const own = events.find((e) => e.type === "joint_statement" && e.date === "2030-10-24");
    expect(own?.location.city).toBe("Santiago");
  });
  it("places a statement told with no town where the dialogue it closes was held the day before", () => {
    const text =
      "MEDIA NOTE\n\nThe text of the following joint statement was released by the Governments of Ghana and the United Kingdom " +
      "on October 16, 2031, on the occasion of the fourth U.K.-Ghana Strategic Dialogue.\n\n" +
      "On October 15, 2031, the Minister of State Anna Reed and the Deputy Minister of Foreign Affairs of Ghana Kofi Mensah " +
      "co-chaired the fourth U.K.-Ghana Strategic Dialogue in Accra.\n";
    const events = extract(text, { published: "2031-10-16", lang: "en", pair: ["GB", "GH"] }).events;
    expect(events.find((e) => e.type === "dialogue_round")).toMatchObject({ date: "2031-10-15", location: { city: "Accra" } });
    expect(events.find((e) => e.type === "joint_statement")).toMatchObject({ date: "2031-10-16", location: { city: "Accra" } });
  });
});

describe("a joint communiqué's closing formula", () => {
  it("dates and places the communiqué by 'Fait à ..., le ...' under a masthead", () => {
    const text =
      "République du Sénégal\nMinistère de l'Intégration africaine et des Affaires étrangères\n\nCOMMUNIQUÉ CONJOINT\n\n" +
      "1. Le ministre marocain des Affaires étrangères, M. Karim Bennani, a effectué une visite de travail au Sénégal du 3 au 5 " +
      "mai 2032, à l'invitation de son homologue sénégalaise, Mme Awa Ndiaye.\n\n" +
      "2. Les deux ministres ont passé en revue la coopération entre le Sénégal et le Maroc.\n\n" +
      "Fait à Dakar, le 5 mai 2032, en deux exemplaires originaux.\n";
    const events = extract(text, { published: "2032-05-05", lang: "fr", pair: ["SN", "MA"] }).events;
    expect(events.find((e) => e.type === "joint_statement")).toMatchObject({ date: "2032-05-05", location: { city: "Dakar" } });
  });
  it("reads no joint statement from the closing of a text that is not one", () => {
    const text =
      "COMMUNIQUÉ\n\nLe ministre marocain des Affaires étrangères, M. Karim Bennani, a rencontré à Dakar le 4 mai 2032 son " +
      "homologue sénégalaise, Mme Awa Ndiaye.\n\nFait à Dakar, le 5 mai 2032\n";
    const events = extract(text, { published: "2032-05-05", lang: "fr", pair: ["SN", "MA"] }).events;
    expect(events.some((e) => e.type === "joint_statement")).toBe(false);
  });
});

describe("a past round told by its place in its series", () => {
  it("reads 'The previous meeting of the Committee took place in ...' as the pair's earlier round", () => {
    const text =
      "Chile's Minister of Mining, Rosa Pintos, and Peru's Minister of Energy and Mines, Luis Ortiz, co-chaired the sixth " +
      "meeting of the Chile-Peru Mining Joint Committee in Arequipa on June 3, 2031.\n\n" +
      "The previous meeting of the Committee took place in Antofagasta in November 2029.";
    const events = extract(text, { published: "2031-06-04", lang: "en", pair: ["CL", "PE"] }).events;
    expect(events.filter((e) => e.type === "dialogue_round").map((e) => [e.date, e.location.city])).toEqual([
      ["2031-06-03", "Arequipa"],
      ["2029-11", "Antofagasta"],
    ]);
  });
  it("reads 'Le précédent cycle de discussions, en ... à ..., s'était achevé' as the pair's earlier round", () => {
    const text =
      "La ministre chilienne des Mines, Rosa Pintos, et le ministre péruvien de l'Énergie, Luis Ortiz, ont signé mardi à " +
      "Arequipa un accord sur les résidus miniers.\n\n" +
      "Le précédent cycle de discussions, en novembre 2030 à Antofagasta, s'était achevé sans accord.";
    const events = extract(text, { published: "2031-06-04", lang: "fr", pair: ["CL", "PE"] }).events;
    expect(events.find((e) => e.type === "dialogue_round")).toMatchObject({ date: "2030-11", location: { city: "Antofagasta" } });
  });
  it("does not give the pair a previous round of two other countries", () => {
    const text =
      "Chile's Minister of Mining, Rosa Pintos, and Peru's Minister of Energy and Mines, Luis Ortiz, signed an agreement " +
      "on tailings in Arequipa on June 3, 2031.\n\n" +
      "The previous meeting of the Bolivia-Argentina Lithium Committee took place in Salta in November 2029.";
    const events = extract(text, { published: "2031-06-04", lang: "en", pair: ["CL", "PE"] }).events;
    expect(events.some((e) => e.type === "dialogue_round")).toBe(false);
  });
});

describe("a mission told with the range of its days", () => {
  it("reads a mission concluded today, run over a range of days, as a visit over them", () => {
    const text =
      "WELLINGTON, June 9, 2032 -- Today, New Zealand's Minister of Trade, Hemi Walker, concluded a five-day trade mission " +
      "to Chile that brought 30 companies to Santiago and Valparaíso from June 5 to 9.";
    const events = extract(text, { published: "2032-06-09", lang: "en", pair: ["NZ", "CL"] }).events;
    expect(events.find((e) => e.type === "visit")?.date).toBe("2032-06-05/2032-06-09");
  });
  it("reads 'sa mission, qui se déroule du ... au ...' as a visit over those days", () => {
    const text =
      "Le ministre sénégalais du Commerce, Moussa Diallo, est au Maroc depuis lundi. Sa mission, qui se déroule du 5 au 9 " +
      "juin 2032, l'a mené à Rabat, à Casablanca et à Tanger.";
    const events = extract(text, { published: "2032-06-08", lang: "fr", pair: ["SN", "MA"] }).events;
    expect(events.find((e) => e.type === "visit")?.date).toBe("2032-06-05/2032-06-09");
  });
});

describe("a committee held, and what was done on the same day", () => {
  it("reads 'held the 4th Chile-Peru Mining Cooperation Committee' as a round, and a signing 'on the same day' as the pair's", () => {
    const text =
      "Deputy Minister for Mining Rosa Pintos held the 4th Chile-Peru Mining Cooperation Committee with Peru's Vice Minister " +
      "of Mines, Luis Ortiz, on June 3, 2031 in Arequipa.\n\n" +
      "On the same day, the Ministry of Mining and the Peruvian Geological Institute signed a memorandum of understanding " +
      "on tailings research.";
    const events = extract(text, { published: "2031-06-04", lang: "en", pair: ["CL", "PE"] }).events;
    expect(events.find((e) => e.type === "dialogue_round")).toMatchObject({ date: "2031-06-03", location: { city: "Arequipa" } });
    expect(events.find((e) => e.type === "signing")).toMatchObject({ date: "2031-06-03", location: { city: "Arequipa" } });
  });
  it("reads 'Le même jour' as the occasion just told", () => {
    const text =
      "La ministre chilienne des Mines, Rosa Pintos, et le vice-ministre péruvien des Mines, Luis Ortiz, ont coprésidé le 3 " +
      "juin 2031 à Arequipa la quatrième réunion du comité mixte minier Chili-Pérou.\n\n" +
      "Le même jour, le ministère des Mines et l'Institut géologique du pays voisin ont signé un protocole d'entente sur les résidus miniers.";
    const events = extract(text, { published: "2031-06-04", lang: "fr", pair: ["CL", "PE"] }).events;
    expect(events.find((e) => e.type === "signing")).toMatchObject({ date: "2031-06-03", location: { city: "Arequipa" } });
  });
});

describe("a call with one side's counterpart, told of an office-holder no country names", () => {
  it("reads 's'était entretenu au téléphone avec son homologue péruvien' as a call of the pair", () => {
    const text =
      "Le Chili et le Pérou ont signé mardi à Arica un accord sur les résidus miniers.\n\n" +
      "Le président de la République s'était entretenu au téléphone avec son homologue péruvien le 2 mai, après un séisme dans le sud du Pérou.";
    const events = extract(text, { published: "2031-06-04", lang: "fr", pair: ["CL", "PE"] }).events;
    expect(events.find((e) => e.type === "phone_call")?.date).toBe("2031-05-02");
  });
  it("reads 'spoke by telephone with his Chilean counterpart' as a call of the pair", () => {
    const text =
      "Chile and Peru signed an agreement on mine tailings in Arica on Tuesday.\n\n" +
      "The President of the Republic spoke by telephone with his Chilean counterpart on May 2, after an earthquake in northern Chile.";
    const events = extract(text, { published: "2031-06-04", lang: "en", pair: ["CL", "PE"] }).events;
    expect(events.find((e) => e.type === "phone_call")?.date).toBe("2031-05-02");
  });
});
