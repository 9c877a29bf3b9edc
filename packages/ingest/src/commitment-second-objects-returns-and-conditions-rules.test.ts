/**
 * Commitment rules: a second object whose noun and verb are left out, a second predicate in the passive after its modal,
 * results to be announced, a return told by its day, a relative clause that only studies a proposal, and a renewal on a
 * condition.
 */
import { describe, expect, it } from "vitest";
import { pledgesOf } from "./rules-test-kit";

describe("commitments: two dated steps in one sentence", () => {
  it("reads 'et un second à ... à l'automne' as a second pledge with its own date", () => {
    const text = "Le Chili et le Pérou organiseront un forum portuaire à Lima les 3 et 4 juin, et un second à Arica à l'automne.";
    expect(pledgesOf(text, { published: "2031-02-10", lang: "fr", pair: ["CL", "PE"] })).toEqual([
      ["Le Chili et le Pérou organiseront un forum portuaire à Lima les 3 et 4 juin", "2031-06-03"],
      ["et un second à Arica à l'automne.", "2031-11"],
    ]);
  });
  it("reads 'and must be completed by' a date as a second pledge in the passive", () => {
    const text = "Chile and Peru will start work on the bridge in March and must be completed by the end of 2033.";
    expect(pledgesOf(text, { published: "2031-02-10", pair: ["CL", "PE"] })).toEqual([
      ["Chile and Peru will start work on the bridge in March", "2031-03"],
      ["must be completed by the end of 2033.", "2033"],
    ]);
  });
  it("reads 'seront annoncés' with a date as a pledge, and a date 'annoncée sur ce site' as no second one", () => {
    expect(
      pledgesOf("Le Chili et le Pérou ont lancé un appel conjoint; les lauréats seront annoncés en octobre 2031.", {
        published: "2031-02-10",
        lang: "fr",
        pair: ["CL", "PE"],
      }).map(([, due]) => due),
    ).toContain("2031-10");
    expect(
      pledgesOf("Le Chili et le Pérou tiendront un second forum; la date sera annoncée sur ce site.", {
        published: "2031-02-10",
        lang: "fr",
        pair: ["CL", "PE"],
      }),
    ).toHaveLength(1);
  });
});

describe("commitments: steps that pledge nothing", () => {
  it("reads no pledge in a visitor's return told only by its day", () => {
    const text = "Chile's Foreign Minister Ana Torres will visit Peru from June 9. She will return on June 12.";
    expect(pledgesOf(text, { published: "2031-06-06", pair: ["CL", "PE"] })).toEqual([
      ["Chile's Foreign Minister Ana Torres will visit Peru from June 9.", "2031-06-09"],
    ]);
  });
  it("reads no pledge in a relative clause that only studies a proposal", () => {
    const text = "Chile's minister proposed a joint fund for port dredging, which Peru's ministry will consider.";
    expect(pledgesOf(text, { published: "2031-06-06", pair: ["CL", "PE"] })).toEqual([]);
  });
  it("reads no pledge in a renewal on a condition", () => {
    expect(
      pledgesOf("L'entente entre le Chili et le Pérou sera renouvelée pour deux ans si les deux parties le souhaitent.", {
        published: "2031-06-06",
        lang: "fr",
        pair: ["CL", "PE"],
      }),
    ).toEqual([]);
    expect(
      pledgesOf("The Chile-Peru arrangement will be extended for a year if neither side objects.", {
        published: "2031-06-06",
        pair: ["CL", "PE"],
      }),
    ).toEqual([]);
  });
});
