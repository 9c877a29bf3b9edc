/**
 * Events: a visit told by its arrival and its leaving ("arrived in ... on Sunday and is due to leave for ... on Friday")
 * spans the days between; a visit told by the country alone is where its talks were held; talks held during a head of
 * state's or government's visit, with no one else named, are the leaders' summit; a stop within a visit, by one side
 * alone, is no visit of its own, and one at which both leaders are named is their summit; an undated signing done in the
 * leaders' presence is dated by their meeting. Towns are compared by the city table's names ("Port-Louis", "Port Louis").
 */
import { describe, expect, it } from "vitest";
import { placeByName } from "./places";
import { eventsOf } from "./rules-test-kit";

describe("events: a visit's span and the leaders' talks within it", () => {
  it("spans a visit from its arrival to the visitor's leaving told in the same sentence", () => {
    expect(
      eventsOf(
        "Ghana's Minister of Health, Kwame Boateng, signed a nursing protocol with Togo's Minister of Health, Ama Kouassi, in Lomé on Tuesday. Boateng arrived in Lomé on Sunday and is due to leave for Accra on Friday.",
        { published: "2031-06-04", pair: ["GH", "TG"] },
      ),
    ).toContainEqual(["2031-06-01/2031-06-06", "visit", "Lome"]);
    expect(
      eventsOf(
        "Le Sénégal et le Cabo Verde ont signé mardi à Praia un accord sur la pêche. Le ministre sénégalais de la Pêche, Moussa Diop, est arrivé dimanche à Praia et quittera le Cabo Verde vendredi.",
        { published: "2032-05-12", lang: "fr", pair: ["SN", "CV"] },
      ),
    ).toContainEqual(["2032-05-09/2032-05-14", "visit", "Praia"]);
  });

  it("places a visit told by the country alone where its talks were held, and makes those talks the leaders' summit", () => {
    const events = eventsOf(
      "Joint Declaration of the Presidents of Ghana and Togo\n\nThe President of Ghana and the President of Togo,\n\nduring the state visit of the President of Togo to the Republic of Ghana on 9-10 May 2033,\n\nhaving held talks in Accra on 10 May 2033,\n\ndeclare the following:",
      { published: "2033-05-10", pair: ["GH", "TG"] },
    );
    expect(events).toContainEqual(["2033-05-09/2033-05-10", "visit", "Accra"]);
    expect(events).toContainEqual(["2033-05-10", "summit", "Accra"]);
    expect(events.some(([, type]) => type === "meeting")).toBe(false);
  });

  it("makes the host leader's welcome of the other leader, on a day within her visit, their summit", () => {
    const events = eventsOf(
      "Prime Minister Kofi Asante today welcomed the President of Togo, Edem Kodjo, in Accra for his first official visit to Ghana. President Kodjo arrived in Accra on Monday evening and departs for Lomé on Friday. In the leaders' presence, Ghana's Minister of Energy, Ama Owusu, and Togo's Minister of Mines, Koffi Agbo, signed a memorandum on power interconnection.",
      { published: "2031-06-04", pair: ["GH", "TG"] },
    );
    expect(events).toContainEqual(["2031-06-02/2031-06-06", "visit", "Accra"]);
    expect(events).toContainEqual(["2031-06-04", "summit", "Accra"]);
    expect(events).toContainEqual(["2031-06-04", "signing", "Accra"]);
    expect(events.filter(([, type]) => type === "visit")).toHaveLength(1);
  });

  it("sets aside a stop that the visitor alone makes within her visit, and keeps the two sides' own outing", () => {
    const alone = eventsOf(
      "Ghana's Minister of Defence, Ama Owusu, arrived in Lomé on Monday for a four-day visit. On Wednesday, she visited the port of Kpémé.",
      { published: "2034-02-23", pair: ["GH", "TG"] },
    );
    expect(alone.filter(([, type]) => type === "visit")).toEqual([["2034-02-20/2034-02-23", "visit", "Lome"]]);
  });

  it("compares a town's hyphenated and spaced names as one", () => {
    expect(placeByName("Port-Louis")?.name).toBe(placeByName("Port Louis")?.name);
    expect(placeByName("Port-Louis")?.country).toBe("MU");
  });
});
