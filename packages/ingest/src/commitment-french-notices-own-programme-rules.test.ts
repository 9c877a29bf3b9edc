/** Commitment rules from the forty-first unseen set: a notice's own programme in French, and its instructions to the public. */
import { describe, expect, it } from "vitest";
import { pledgesOf } from "./rules-test-kit";

const fr = { published: "2030-03-12", lang: "fr" as const, pair: ["KR", "CA"] as [string, string] };

describe("commitments: a French notice's own programme", () => {
  it("reads what 'sera reçu' from a start as an announced start", () => {
    expect(
      pledgesOf("Les premières demandes des étudiants coréens au Canada seront reçues à partir du 1er septembre.", fr).map((p) => p[1]),
    ).toEqual(["2030-09-01"]);
  });
  it("reads no step in an instruction to do something online", () => {
    expect(pledgesOf("Les inscriptions à la foire Corée-Canada doivent être faites en ligne avant le 3 mai.", fr)).toEqual([]);
  });
});
