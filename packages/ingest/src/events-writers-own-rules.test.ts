/** Event rules from the fifteenth unseen set: the writer's own people as a party, second meetings, named sessions, metropolitan cities. */
import { describe, expect, it } from "vitest";
import { findPlaceMentions } from "./places";
import { eventsOf, triggerTypes } from "./rules-test-kit";

describe("events: the writer's own people and coordinated meetings", () => {
  const alberta =
    "Government of Alberta\n\nFebruary 18, 2028\n\nEDMONTON — Premier Danielle Whitford-Laroche issued a statement.\n\n\"We met with Korea's Minister of Trade, Ahn Sung-jin, in Seoul on Tuesday, and with Mayor Kim Doo-hwan of Ulsan the next day.";
  it("takes the writer's country as the party of a first-person meeting, and a second meeting coordinated by 'and with'", () => {
    expect(eventsOf(alberta, { published: "2028-02-18" })).toEqual([
      ["2028-02-15", "meeting", "Seoul"],
      ["2028-02-16", "meeting", "Ulsan"],
    ]);
  });
  it("takes the writer's country for a committee's members travelling", () => {
    const text =
      "House of Commons of Canada\n\nMarch 2, 2028\n\nMembers of the Committee also travelled to Seoul and Incheon from January 22 to 26, 2028.";
    expect(eventsOf(text, { published: "2028-03-02" })).toContainEqual(["2028-01-22/2028-01-26", "visit", "Seoul"]);
  });
  it("reads talks held 'for the second <named> Meeting' as a round", () => {
    expect(triggerTypes("The ministers met in Ottawa on Wednesday for the second Canada-Korea 2+2 Meeting.")).toEqual(["dialogue_round"]);
  });
});

describe("places: metropolitan cities that are subdivisions", () => {
  it("reads a subdivision named like a large city of its country as the city, but not '<name> Province'", () => {
    const places = findPlaceMentions("They signed at Ulsan City Hall and then flew to Incheon; Gyeonggi Province was not visited.", [
      "KR",
      "CA",
    ]);
    expect(places.filter((p) => p.kind === "city").map((p) => p.name)).toEqual(["Ulsan", "Incheon"]);
  });
});

describe("events: signings and receptions in other shapes", () => {
  it("reads a witnessed exchange of documents as a signing, and an agreement's participle after its subject as none", () => {
    expect(
      triggerTypes("Following the talks, the two leaders witnessed the exchange of three cooperation documents: a memorandum."),
    ).toEqual(["signing"]);
    expect(
      triggerTypes(
        "The two leaders welcomed the entry into force, on 1 January, of the agreement on the avoidance of double taxation signed in Jakarta in 2024.",
      ),
    ).toEqual([]);
    expect(triggerTypes("The Agreement on Scientific Cooperation between Canada and Korea was signed in Seoul.")).toEqual(["signing"]);
  });
  it("places a signing in the town of a dateline written in capitals", () => {
    expect(
      eventsOf("ANKARA, Feb 10 (Meridian Wire) - Argentina and Türkiye signed agreements on defence on Thursday.", {
        published: "2028-02-10",
        pair: ["AR", "TR"],
      }),
    ).toEqual([["2028-02-10", "signing", "Ankara"]]);
  });
  it("takes the pronoun after two openers for the visitor received", () => {
    const text =
      "M. Olivier Dewandre-Lambert, ministre belge des Affaires étrangères, s'est rendu à Kinshasa du 12 au 15 février 2028.\n\nLe 13 février, à Kinshasa, il a été reçu par le président de la République démocratique du Congo, M. Jean-Baptiste Mukendi Tshala.";
    expect(eventsOf(text, { published: "2028-03-01", lang: "fr", pair: ["BE", "CD"] })).toContainEqual([
      "2028-02-13",
      "meeting",
      "Kinshasa",
    ]);
  });
});

describe("events: the writer's own premises", () => {
  const text = [
    "Robert Louis Stevenson Museum | Apia, Samoa",
    "Home | Visit | Collections | News | Contact",
    "",
    "Museum news, 3 March 2031",
    "",
    "On 27 February, in our Vailima hall, the Prime Minister of Samoa and the Foreign Minister of Tonga signed a memorandum on the protection of church archives.",
  ].join("\n");
  it("places what happens 'in our hall' in the town its masthead names", () => {
    expect(eventsOf(text, { published: "2031-03-03", lang: "en", pair: ["WS", "TO"] })).toContainEqual(["2031-02-27", "signing", "Apia"]);
  });
});

describe("events: in a numbered room of a venue in a third country", () => {
  const text = [
    "PALAIS DES CONGRÈS | Centre de conférences, Genève",
    "Le centre | Salles | Actualités | Contact",
    "",
    "Dans nos murs : le Pérou et l'Équateur signent un accord",
    "Publié le vendredi 30 mai 2031",
    "",
    "Le ministre de la Santé du Pérou, M. Jorge Paz, et la ministre de la Santé de l'Équateur, Mme Ana Quispe, ont signé le 22 mai, en salle 4, un accord de coopération dans le domaine de la santé.",
  ].join("\n");
  it("places what happens 'en salle 4' in the venue's town, outside the pair's countries", () => {
    expect(eventsOf(text, { published: "2031-05-30", lang: "fr", pair: ["PE", "EC"] })).toContainEqual(["2031-05-22", "signing", "Geneva"]);
  });
});

describe("events: the writer's country from the street address its page ends on", () => {
  const text = [
    "NORTHERN LIGHTS CHOIR",
    "Concerts | Tickets | Support us | About | Blog",
    "Blog > On the road",
    "",
    "Peru tour diary, part one: a Canadian choir in Lima and Cusco",
    "Posted by Ines Halvorsen, alto | May 9, 2031 | 4 min read",
    "",
    "Day 2 – Monday",
    "We rehearsed in the morning with the young singers of the National Conservatory, then crossed town for the reception Ambassador Louise Tremblay gave at the Canadian embassy in the evening. She reminded us that Peru and Canada established diplomatic relations in 1944.",
    "",
    "Day 3 – Tuesday",
    "Concert night in Lima. Before the downbeat, our executive director Marie Gendron and the conservatory's director, Rosa Quispe Mamani, signed a three-year partnership agreement between the two schools, on stage.",
    "",
    "Comments (2) | Share: Facebook | X | Email",
    "Box office 604-555-0142 | 1280 Granville Street, Vancouver BC",
    "© 2031 Northern Lights Choir",
  ].join("\n");
  it("makes 'our' director the writer's country's, and the signing with the other side the pair's", () => {
    expect(eventsOf(text, { published: "2031-05-09", lang: "en", pair: ["CA", "PE"] })).toContainEqual(["2031-05-06", "signing", "Lima"]);
  });
});
