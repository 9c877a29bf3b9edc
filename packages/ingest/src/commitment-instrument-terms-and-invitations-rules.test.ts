/**
 * Commitment rules: steps a sentence tells under the pair's instruments, a pledge due at the opening of what the pledge
 * before it opens, invitations accepted, and what pledges nothing (going home, a hope, a speaker's own briefing).
 */
import { describe, expect, it } from "vitest";
import { pledgesOf } from "./rules-test-kit";

describe("commitments: steps under the pair's instruments", () => {
  it("reads 'Aux termes des accords, ... sera mis en service' as a pledge, and the step due at its opening with it", () => {
    const text =
      "Le Sénégal et le Mali ont signé mardi à Dakar deux accords sur le transport routier. Aux termes des accords, le pont " +
      "de Diboli sera mis en service au cours du premier semestre 2031, et les deux douanes y appliqueront un contrôle unique " +
      "dès son ouverture.";
    expect(pledgesOf(text, { published: "2030-10-09", lang: "fr", pair: ["SN", "ML"] })).toEqual([
      ["Aux termes des accords, le pont de Diboli sera mis en service au cours du premier semestre 2031", "2031-06"],
      [", et les deux douanes y appliqueront un contrôle unique dès son ouverture.", "2031-06"],
    ]);
  });
  it("reads 'Under the agreements, ... will open' in English", () => {
    const text =
      "Chile and Peru signed two agreements on border crossings in Lima on Monday. Under the agreements, the Chacalluta post " +
      "will open to freight in May 2031.";
    expect(pledgesOf(text, { published: "2030-10-08", pair: ["CL", "PE"] })).toEqual([
      ["Under the agreements, the Chacalluta post will open to freight in May 2031.", "2031-05"],
    ]);
  });
});

describe("commitments: invitations accepted", () => {
  it("dates an acceptance by the invitation told earlier in its own sentence", () => {
    const text =
      "Chile's President invited Bolivia's President to pay a state visit to Chile next year, and the Bolivian President " +
      "accepted the invitation with pleasure.";
    const pledges = pledgesOf(text, { published: "2031-09-16", pair: ["CL", "BO"] });
    expect(pledges.at(-1)).toEqual([expect.stringContaining("accepted the invitation with pleasure"), "2032"]);
  });
  it("reads 'The invitation was accepted' after an invitation as a pledge due when the invitation said", () => {
    const text =
      "The Bolivian minister invited his Chilean counterpart to visit La Paz next year. The invitation was accepted, with dates " +
      "to be confirmed.";
    expect(pledgesOf(text, { published: "2030-03-06", pair: ["CL", "BO"] })).toContainEqual([
      "The invitation was accepted, with dates to be confirmed.",
      "2031",
    ]);
  });
  it("reads 'a accepté l'invitation avec plaisir' in French", () => {
    const text =
      "Le président sénégalais a invité son homologue malien à Dakar l'an prochain. Le président malien a accepté l'invitation avec plaisir.";
    expect(pledgesOf(text, { published: "2030-03-06", lang: "fr", pair: ["SN", "ML"] })).toContainEqual([
      "Le président malien a accepté l'invitation avec plaisir.",
      "2031",
    ]);
  });
});

describe("commitments: what pledges nothing", () => {
  it("reads no pledge in going home at the end of a trip, in English and French", () => {
    const en = "The Chilean minister held talks with Peru's Foreign Minister in Lima, and is scheduled to return to Santiago on Saturday.";
    expect(pledgesOf(en, { published: "2030-06-12", pair: ["CL", "PE"] })).toEqual([]);
    const fr = "La ministre malienne rencontrera des investisseurs sénégalais à Dakar jeudi, avant de rentrer à Bamako samedi.";
    // The trip's last step is part of the pledge it closes, no pledge of its own.
    expect(pledgesOf(fr, { published: "2030-06-12", lang: "fr", pair: ["SN", "ML"] }).map((p) => p[0])).toEqual([fr]);
  });
  it("keeps a return to the other country as a new trip's pledge", () => {
    const text = "Peru's trade minister will return to Chile with a mining mission in the first half of 2031.";
    expect(pledgesOf(text, { published: "2030-06-12", pair: ["CL", "PE"] })).toEqual([[text, "2031-06"]]);
  });
  it("reads no pledge in the acceptance of an invitation at a mutually convenient time", () => {
    const text =
      "The President of Chile invited Peru's President to visit Chile at a mutually convenient time. Peru's President " +
      "accepted the invitation with pleasure.";
    expect(pledgesOf(text, { published: "2030-06-12", pair: ["CL", "PE"] }).map((p) => p[0])).not.toContainEqual(
      expect.stringContaining("accepted the invitation"),
    );
  });
  it("reads no pledge in a hope expressed", () => {
    const text = "Peru's vice minister expressed the hope that Chile would again be invited to the APEC ministerial meeting next year.";
    expect(pledgesOf(text, { published: "2030-06-12", pair: ["CL", "PE"] })).toEqual([]);
  });
  it("reads no pledge in a spokesperson's 'I will brief you'", () => {
    const text = "Good evening. I will brief you on the outcome of today's summit between Chile and Peru.";
    expect(pledgesOf(text, { published: "2030-06-12", pair: ["CL", "PE"] })).toEqual([]);
  });
});
