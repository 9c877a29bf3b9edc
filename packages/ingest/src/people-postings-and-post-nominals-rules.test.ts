/** People: a French envoy's office names the country of posting after "en", "au" or "en République de", which is not the side; an office after post-nominal letters. */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const people = (text: string, pair: [string, string]) =>
  read(text, { published: "2031-05-02", lang: "fr", pair }).people.map((p) => [p.name, p.title, p.side]);

describe("people: an envoy's office and the country of posting in French", () => {
  it("reads 'L'ambassadeur du Chili en Norvège, X' with no honorific as the envoy of Chile", () => {
    expect(people("L'ambassadeur du Chili en Norvège, Tomás Fuenzalida, assistait à la cérémonie.", ["NO", "CL"])).toEqual([
      ["Tomás Fuenzalida", "ambassadeur du Chili en Norvège", "CL"],
    ]);
  });
  it("reads 'l'ambassadrice de la Norvège en République du Chili, Mme X' as the envoy of Norway", () => {
    expect(
      people("La convention a été signée en présence de l'ambassadrice de la Norvège en République du Chili, Mme Ingrid Solberg.", [
        "NO",
        "CL",
      ]),
    ).toEqual([["Ingrid Solberg", "ambassadrice de la Norvège en République du Chili", "NO"]]);
  });
});

describe("people: letters after a name", () => {
  it("reads the office after a name's post-nominal letters ('Dr. X, P.Eng., FEC, Chair, ...', 'X, Ph.D., Director of ...')", () => {
    const read2 = (text: string) =>
      read(text, { published: "2031-05-02", lang: "en", pair: ["NO", "CL"] }).people.map((p) => [p.name, p.title, p.side]);
    expect(read2("Signed: Dr. Ingrid Solberg, P.Eng., FEC, Chair, Norwegian Accreditation Council")).toEqual([
      ["Ingrid Solberg", "Chair, Norwegian Accreditation Council", "NO"],
    ]);
    expect(read2("The review was led by Tomás Fuenzalida, Ph.D., Director of the Chilean Nuclear Energy Commission.")).toEqual([
      ["Tomás Fuenzalida", "Director of the Chilean Nuclear Energy Commission", "CL"],
    ]);
  });
});

describe("people: the home side of an institution's own page", () => {
  it("gives a bare office the side of the town whose institution heads the page ('Zoo de Lyon', 'University of Calgary')", () => {
    const sides = (text: string, lang: "en" | "fr") =>
      read(text, { published: "2031-05-02", lang, pair: ["FR", "SN"] }).people.map((p) => [p.name, p.side]);
    expect(
      sides(
        "Zoo de Lyon\n\nNotre directeur général, Jean Morel, a présenté le bilan de l'année. Le Sénégal prêtera deux girafes au zoo.",
        "fr",
      ),
    ).toContainEqual(["Jean Morel", "FR"]);
    expect(
      sides("University of Dakar | News\n\nOur director, Awa Ndiaye, signed an exchange agreement with a French university.", "en"),
    ).toContainEqual(["Awa Ndiaye", "SN"]);
  });
});

describe("people: French academic honorifics with their article, and someone who was in the other country", () => {
  it("reads 'la rectrice de l'Université, la Pre X, était à Dakar' as the rector, of the other side than the town's", () => {
    expect(
      read("La rectrice de l'Université Lyon 2, la Pre Claire Dufour, était à Dakar pour signer l'entente.", {
        published: "2031-11-03",
        lang: "fr",
        pair: ["FR", "SN"],
      }).people.map((p) => [p.name, p.title, p.side]),
    ).toEqual([["Claire Dufour", "rectrice de l'Université Lyon 2", "FR"]]);
  });
  it("reads 'was in <town>' as a visit to that town's country", () => {
    expect(
      read("The rector, Claire Dufour, was in Dakar last week.", { published: "2031-11-03", lang: "en", pair: ["FR", "SN"] }).people.map(
        (p) => [p.name, p.side],
      ),
    ).toEqual([["Claire Dufour", "FR"]]);
  });
});

describe("people: a subdivision's name inside an institution's name", () => {
  it("reads 'Minister of the Korea Forest Service' as Korea's, not Guernsey's ('Forest' is one of its parishes)", () => {
    expect(
      read("Minister of the Korea Forest Service Im Sang-woo met Alberta's Minister of Forestry in Edmonton.", {
        published: "2032-07-14",
        lang: "en",
        pair: ["KR", "CA"],
      }).people.map((p) => [p.name, p.side]),
    ).toContainEqual(["Im Sang-woo", "KR"]);
  });
});
