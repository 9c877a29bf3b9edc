/** Event rules from the fifteenth unseen set: missions led to a place, nominal visits with their days, signings named as a time. */
import { describe, expect, it } from "vitest";
import { eventsOf, triggerTypes } from "./rules-test-kit";

describe("events: missions and delegations led to a place", () => {
  it("reads a delegation led to a city over the days written before it as a visit", () => {
    expect(
      eventsOf("From February 14 to 17, Canadian Premier Jane Doe led a delegation of 35 companies to Seoul and Ulsan in Korea.", {
        published: "2028-02-18",
      }),
    ).toContainEqual(["2028-02-14/2028-02-17", "visit", "Seoul"]);
  });
  it("keeps the talks of the main clause beside the mission a relative clause tells", () => {
    expect(
      triggerTypes(
        "The Belgian Minister of Economy, Mr. Wouter Claessens, who led a trade mission of 40 Belgian companies to Nairobi and Mombasa from 12 to 16 February, held talks on Saturday in Nairobi with Kenya's Cabinet Secretary.",
      ),
    ).toEqual(["meeting", "visit"]);
  });
  it("needs the mission's own days: a mission led with none is no visit", () => {
    expect(
      eventsOf("Canadian Premier Jane Doe led a delegation of companies to Seoul in Korea.", { published: "2028-02-18" }).filter(
        (e) => e[1] === "visit",
      ),
    ).toEqual([]);
  });
});

describe("events: nominal visits and signings named as a time", () => {
  it("reads 'The visit of <name> to <country>, from <day> to <day>, ...' opening a sentence as the visit", () => {
    expect(triggerTypes("The visit of President Prabowo to Qatar, from 18 to 20 January, is his second to the Gulf state.")).toEqual([
      "visit",
    ]);
  });
  it("still reads 'The visit ...' with no days of its own as a visit already reported", () => {
    expect(triggerTypes("The visit was a success, officials said.")).toEqual([]);
  });
  it("reads talks held 'before the signing ceremony' as the meeting, not a signing", () => {
    expect(
      triggerTypes("Ms Ruiz held talks with her Turkish counterpart, Foreign Minister Hakan Özkan, before the signing ceremony."),
    ).toEqual(["meeting"]);
  });
  it("reads a stay 'is in <country> from ... to ...' as a visit", () => {
    expect(triggerTypes("A Thai delegation is in the Netherlands from 27 November to 2 December.")).toEqual(["visit"]);
  });
});

describe("events: departures with a destination and meetings during a mission", () => {
  it("spans a visit from the arrival to 'leaves for <city> on <day>'", () => {
    expect(
      eventsOf(
        "Argentine Foreign Minister María Belén Echeverría Ruiz, who arrived in Ankara, Türkiye, on Wednesday and leaves for Istanbul on Saturday, held talks with her Turkish counterpart.",
        { published: "2028-02-10", pair: ["AR", "TR"] },
      ),
    ).toContainEqual(["2028-02-09/2028-02-12", "visit", "Ankara"]);
  });
  it("dates talks by their day, not by the mission's span told in the same sentence", () => {
    expect(
      eventsOf(
        "The Belgian Minister of Economy, Mr. Wouter Claessens, who led a trade mission to Nairobi and Mombasa from 12 to 16 February, held talks on Saturday in Nairobi with Kenya's Cabinet Secretary for Trade.",
        { published: "2028-02-15", pair: ["KE", "BE"] },
      ),
    ).toContainEqual(["2028-02-12", "meeting", "Nairobi"]);
  });
});

describe("events: the country a mission was led to", () => {
  it("takes the country after 'the trade mission I led to' as the visit's party", () => {
    expect(
      eventsOf(
        "Hon. Harjit Sandhu-Mercer (Minister of Jobs and Trade): Honourable Speaker, I rise to report to the House on the trade mission I led to the Republic of Korea from November 15 to 19, with 28 British Columbia companies.",
        { published: "2027-11-25" },
      ),
    ).toContainEqual(["2027-11-15/2027-11-19", "visit", null]);
  });
});

describe("events: an arrival told in apposition", () => {
  it("reads ', arrivée dimanche à Saguenay,' as an arrival, so that the meeting takes its own day", () => {
    expect(
      triggerTypes(
        "La délégation du groupe coréen Hanbit, arrivée dimanche à Saguenay, a rencontré lundi les élus canadiens de la région.",
      ),
    ).toEqual(["visit", "meeting"]);
  });
});
