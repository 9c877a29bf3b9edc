/** Agreement rules from the twenty-second unseen set: treaty lists, names joined by "and the", amendment nouns, subjects. */
import { describe, expect, it } from "vitest";
import { actionsOf, pledgesOf } from "./rules-test-kit";

describe("agreements: a list's lines with their fields after a dash", () => {
  it("gives each field of the line to the agreement the line names", () => {
    const text = [
      "Treaties in force",
      "",
      "Agreement on Air Services – signed: Riga, 14.03.2001; in force: 02.10.2002",
      "Convention on Social Security – signed: Lisbon, 07.07.2015",
      "Trade in goods – 2029: EUR 40 million",
    ].join("\n");
    const found = actionsOf(text, { published: "2030-12-04", pair: ["LV", "PT"] });
    expect(found).toContainEqual(["Agreement on Air Services", "signed", "2001-03-14"]);
    expect(found).toContainEqual(["Agreement on Air Services", "entered_into_force", "2002-10-02"]);
    expect(found).toContainEqual(["Convention on Social Security", "signed", "2015-07-07"]);
    // A line whose name is no agreement gives nothing.
    expect(found.filter((a) => String(a[0]).startsWith("Trade"))).toEqual([]);
  });
});

describe("agreements: a named subject joined by 'in' and 'and'", () => {
  it("ends a name after its subject in capitals joined by 'in' and 'and', before the next name", () => {
    const text =
      "In Riga on 4 May 2030, Latvia and Portugal signed the Agreement on Cooperation in Maritime Search and Rescue and the Memorandum of Understanding on Cultural Heritage.";
    const found = actionsOf(text, { published: "2030-05-05", pair: ["LV", "PT"] });
    expect(found).toContainEqual(["Agreement on Cooperation in Maritime Search and Rescue", "signed", "2030-05-04"]);
    expect(found).toContainEqual(["Memorandum of Understanding on Cultural Heritage", "signed", "2030-05-04"]);
  });
});

describe("agreements: an amendment noun and the name it acts on", () => {
  it("amends only the name right after 'avenant à', not the next item of the list", () => {
    const text =
      "Le Portugal et la Lettonie ont signé le 4 mai 2030 à Riga deux documents : un avenant à la convention de coopération culturelle et un mémorandum sur la formation des guides.";
    const found = actionsOf(text, { published: "2030-05-05", lang: "fr", pair: ["LV", "PT"] });
    expect(found).toContainEqual(["convention de coopération culturelle", "amended", "2030-05-04"]);
    expect(found).toContainEqual(["mémorandum sur la formation des guides", "signed", "2030-05-04"]);
  });
});

describe("agreements: a described subject ends at a milestone's participle", () => {
  it("keeps 'signed by' out of a memorandum's name", () => {
    const text =
      "Latvia and Portugal welcomed the memorandum of understanding on port cooperation signed by the two port authorities in Riga on 4 May 2030.";
    const found = actionsOf(text, { published: "2030-05-05", pair: ["LV", "PT"] });
    expect(found.map((a) => a[0])).toContain("memorandum of understanding on port cooperation");
  });
});

describe("pair scope: a route's stops", () => {
  it("names no actors, so the next paragraph's pledges stay the pair's", () => {
    const text = [
      "The new service is the first direct link between Latvia and Portugal.",
      "",
      "Rotation: Riga – Gdańsk – Rotterdam – Singapore – Lisbon",
      "",
      "Under the memorandum, Ventspils Port Authority will open a liaison desk at the port by June 2031.",
    ].join("\n");
    expect(pledgesOf(text, { published: "2030-12-02", pair: ["LV", "PT"] })).toContainEqual([
      "Under the memorandum, Ventspils Port Authority will open a liaison desk at the port by June 2031.",
      "2031-06",
    ]);
  });
});
