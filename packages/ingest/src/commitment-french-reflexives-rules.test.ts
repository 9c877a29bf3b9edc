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

describe("commitments: subjects with an aside, sides and negated rules", () => {
  const doHt = { published: "2030-11-12", lang: "fr" as const, pair: ["DO", "HT"] as [string, string] };
  it("reads 'Le MENFP, pour sa part, organisera ...' with its subject, and 'La partie dominicaine' as a side", () => {
    const found = pledgesOf(
      "La République dominicaine et Haïti ont signé un accord. La partie dominicaine ouvrira un bureau à Dajabón d'ici juin 2031. Le MENFP, pour sa part, organisera une séance à Port-au-Prince en juillet prochain.",
      doHt,
    );
    expect(found).toEqual([
      ["La partie dominicaine ouvrira un bureau à Dajabón d'ici juin 2031.", "2031-06"],
      ["Le MENFP, pour sa part, organisera une séance à Port-au-Prince en juillet prochain.", "2031-07"],
    ]);
  });
  it("keeps a town named with a particle ('Santiago de los Caballeros') from being another country's capital", () => {
    expect(
      pledgesOf(
        "La République dominicaine et Haïti ont signé un accord. La partie dominicaine ouvrira un bureau à Santiago de los Caballeros d'ici juin 2031.",
        doHt,
      ).map((p) => p[1]),
    ).toEqual(["2031-06"]);
  });
  it("takes no pledge from a negated rule", () => {
    expect(
      pledgesOf("La République dominicaine et Haïti ont signé un accord. Les dossiers incomplets ne seront pas examinés en 2031.", doHt),
    ).toEqual([]);
  });
});

describe("commitments: thread posts", () => {
  it("reads a post's number '(6/7)' as no part of the subject", () => {
    expect(
      pledgesOf(
        "Japan and Oman signed a memorandum.\n\n(6/7) Both sides agreed to hold the 3rd Strategic Dialogue in Muscat in October 2031.",
        {
          published: "2030-12-04",
          pair: ["JP", "OM"],
        },
      ).map((p) => p[1]),
    ).toEqual(["2031-10"]);
  });
});
