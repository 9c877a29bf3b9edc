/**
 * Agreement rules from the forty-third unseen set: an earlier step told by a participle after the name, a lower-case
 * description standing for a title the text gives in full, a provision's verb closing a name, and a second step of one
 * decision ("agreed to ... and to extend").
 */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

describe("agreements: earlier steps told after the name", () => {
  it("dates a signing by its occasion, not by the participle that tells how the text came about", () => {
    const text =
      "The trade ministers of Peru and Ecuador met in Lima on 9 June 2031. Peru and Ecuador also signed a Memorandum of Understanding on Pharmaceutical Standards, negotiated by the two health agencies since March.";
    const actions = actionsOf(text, { published: "2031-06-10", pair: ["PE", "EC"] });
    expect(actions).toContainEqual(["Memorandum of Understanding on Pharmaceutical Standards", "signed", "2031-06-09"]);
    expect(actions).not.toContainEqual(["Memorandum of Understanding on Pharmaceutical Standards", "signed", "2031-03"]);
  });
  it("dates the participle's own steps by the dates inside it", () => {
    const text =
      "Peru and Ecuador signed the Peru-Ecuador Agreement on River Navigation, negotiated since 2030 and concluded by officials in Lima in February, at a ceremony in Quito on 3 May 2032.";
    const actions = actionsOf(text, { published: "2032-05-04", pair: ["PE", "EC"] });
    expect(actions).toContainEqual(["Peru-Ecuador Agreement on River Navigation", "signed", "2032-05-03"]);
    expect(actions).toContainEqual(["Peru-Ecuador Agreement on River Navigation", "negotiations_launched", "2030"]);
    expect(actions).toContainEqual(["Peru-Ecuador Agreement on River Navigation", "concluded", "2032-02"]);
  });
  it("keeps the date of negotiations launched, told by the participle after 'negotiations on'", () => {
    const text =
      "Negotiations on a new Peru-Ecuador Agreement on Road Transport, launched in 2029, are to be concluded by the end of 2032.";
    expect(actionsOf(text, { published: "2031-04-10", pair: ["PE", "EC"] })).toContainEqual([
      "Peru-Ecuador Agreement on Road Transport",
      "negotiations_launched",
      "2029",
    ]);
  });
});

describe("agreements: a description standing for a full title", () => {
  it("names an instrument described in lower case by the title the text gives it further on", () => {
    const text =
      "The presidents of Peru and Ecuador signed a river navigation agreement in Quito on Monday. Under the Peru-Ecuador River Navigation and Pilotage Agreement, barges will cross the border without transshipment.";
    const actions = actionsOf(text, { published: "2032-05-05", pair: ["PE", "EC"] });
    expect(actions).toContainEqual(["Peru-Ecuador River Navigation and Pilotage Agreement", "signed", "2032-05-03"]);
    expect(actions.some((a) => a[0] === "river navigation agreement")).toBe(false);
  });
  it("ends a memorandum's subject before the verb of what it provides", () => {
    const text =
      "The ministers of Peru and Ecuador signed a shipping memorandum in Quito on Monday. The Memorandum of Understanding on Coastal Shipping provides for a weekly service.";
    expect(actionsOf(text, { published: "2032-05-05", pair: ["PE", "EC"] })).toContainEqual([
      "Memorandum of Understanding on Coastal Shipping",
      "signed",
      "2032-05-03",
    ]);
  });
});

describe("agreements: a second step of one decision", () => {
  it("extends an instrument the parties agreed to extend after another step of the same decision", () => {
    const text =
      "Meeting in Quito on 3 May 2032, the ministers of Peru and Ecuador agreed to hold a joint commission in the first half of next year and to extend the 2027 arrangement on police training for another three years.";
    expect(actionsOf(text, { published: "2032-05-04", pair: ["PE", "EC"] })).toContainEqual([
      "2027 arrangement on police training",
      "extended",
      "2032-05-03",
    ]);
  });
});
