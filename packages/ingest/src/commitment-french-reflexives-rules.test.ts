/** Commitment rules from the twenty-first unseen set: French reflexive pledges and their coordinated infinitives, two bodies acting together. */
import { describe, expect, it } from "vitest";
import { pledgesOf } from "./rules-test-kit";

const fr = { published: "2030-12-14", lang: "fr" as const };

describe("commitments: French reflexive pledges", () => {
  it("reads 'se sont engagées à' in the feminine plural", () => {
    expect(
      pledgesOf(
        "Le Canada et la Corée ont signé le protocole. Les autorités compétentes des deux pays se sont engagées à conclure un accord amiable d'ici le 30 juin 2031.",
        fr,
      ),
    ).toEqual([
      ["Les autorités compétentes des deux pays se sont engagées à conclure un accord amiable d'ici le 30 juin 2031.", "2031-06-30"],
    ]);
  });
  it("takes 'les deux musées' as the pair's bodies, and 'et à <infinitive>' as a second pledge with its own due date", () => {
    expect(
      pledgesOf(
        "Le Canada et la Corée ont signé un accord de prêt. Les deux musées se sont engagés à publier un catalogue d'ici janv. 2031 et à organiser un colloque à Montréal le 15 mars 2031.",
        fr,
      ),
    ).toEqual([
      ["Les deux musées se sont engagés à publier un catalogue d'ici janv. 2031", "2031-01"],
      ["et à organiser un colloque à Montréal le 15 mars 2031.", "2031-03-15"],
    ]);
  });
});
