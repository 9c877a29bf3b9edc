/**
 * Events: words that look like a meeting but are not one. French "met fin" puts an end; "La Réunion" is an island; a
 * meeting demanded "depuis longtemps" or pressed for is a request; "called on Ottawa to press ..." and "welcomed the
 * letter but ..." ask and approve, they report no meeting and no visit. And an earlier meeting named with the verb that
 * dates it ("remontait à octobre 2029") between "les deux collectivités" is reported.
 */
import { describe, expect, it } from "vitest";
import { eventsOf, triggerTypes } from "./rules-test-kit";

describe("events: requests, island names and meetings dated back", () => {
  it("reads no meeting in French 'met fin' or 'met en place'", () => {
    expect(triggerTypes("Le Président : Cela met fin à la période des questions orales.")).toEqual([]);
    expect(triggerTypes("Le ministère met en place un guichet unique pour les entreprises sénégalaises.")).toEqual([]);
    expect(triggerTypes("The two ministers met in Praia on Tuesday.")).toEqual(["meeting"]);
  });
  it("reads the island of La Réunion as no meeting, and a réunion as one", () => {
    expect(triggerTypes("Le Conseil régional de La Réunion a voté le budget, et la Réunion-Maurice reste un axe fort.")).toEqual([]);
    expect(triggerTypes("Une réunion s'est tenue jeudi à Port-Louis entre les deux délégations.")).toEqual(["meeting"]);
  });
  it("reads a meeting demanded for long, or pressed for, as a request", () => {
    expect(triggerTypes("Les éleveurs demandent depuis longtemps une rencontre avec les services vétérinaires du Sénégal.")).toEqual([]);
    expect(triggerTypes("Les pêcheurs réclament de leur côté une réunion avec les deux ministres avant l'hiver.")).toEqual([]);
    expect(triggerTypes("The growers' association urged the minister to press Dakar for a meeting of the joint committee.")).toEqual([]);
  });
  it("reads 'called on X to ...' as a call to act and 'welcomed the letter but ...' as no visit", () => {
    expect(
      triggerTypes("The chamber's president welcomed the letter but called on Lisbon to press Praia for talks on the fishing quota."),
    ).toEqual([]);
    expect(triggerTypes("The Prime Minister welcomed President Neves to Lisbon on Monday.")).toEqual(["visit"]);
    expect(triggerTypes("The Foreign Minister called on President Neves at the State House.")).toEqual(["meeting"]);
  });
  it("reads an earlier meeting between 'les deux collectivités' dated back with its own verb", () => {
    expect(
      eventsOf(
        "Le Sénégal et la Gambie ont signé hier à Banjul un accord sur la pêche. La dernière rencontre officielle entre les deux gouvernements remontait à octobre 2029, à Dakar.",
        { published: "2031-03-04", lang: "fr", pair: ["SN", "GM"] },
      ),
    ).toEqual([
      ["2031-03-03", "signing", "Banjul"],
      ["2029-10", "meeting", "Dakar"],
    ]);
  });
});
