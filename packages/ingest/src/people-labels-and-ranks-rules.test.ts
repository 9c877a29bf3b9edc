/** People named in labelled lists, after West African and French military honorifics, and sides from travel and bodies. */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const people = (text: string, as: Parameters<typeof read>[1]) => read(text, as).people.map((p) => [p.name, p.side]);

describe("people: labels, ranks and sides", () => {
  it("reads names after a label of people and in a dashed list with a role, but not a role as a name", () => {
    const text =
      "Membre présidant : Hélène Trudel-Marchand\nMembres : Arjun Mehta-Lalonde, Sophie Nakamura-Roy\n\nNos invités\n– Claire Vasseur-Diallo, ancienne diplomate et consultante\n\nPrepared by: Amina Bello-Tanko, Field Coordinator (Kano)";
    const names = people(text, { published: "2030-10-18", lang: "fr" }).map(([n]) => n);
    expect(names).toEqual(
      expect.arrayContaining(["Hélène Trudel-Marchand", "Arjun Mehta-Lalonde", "Claire Vasseur-Diallo", "Amina Bello-Tanko"]),
    );
    expect(names).not.toContain("Field Coordinator");
  });
  it("reads names opening a numbered list's items with their field after a dash, but not products in a bulleted one", () => {
    const text = [
      "Boursières et boursiers",
      "1. Anaïs Tremblay-Quispe – génie minier – Universidad de Lima (automne 2031)",
      "2. Thibault Gauvreau – agronomie – Universidad Agraria (hiver 2032)",
      "",
      "Jeunes pousses",
      "• Andes Pay – paiements mobiles pour les artisans",
    ].join("\n");
    const names = people(text, { published: "2031-05-12", lang: "fr", pair: ["CA", "PE"] }).map(([n]) => n);
    expect(names).toEqual(expect.arrayContaining(["Anaïs Tremblay-Quispe", "Thibault Gauvreau"]));
    expect(names).not.toContain("Andes Pay");
  });
  it("keeps 'Alhaji' and 'le général' out of the name, reading the office before the rank", () => {
    const ng = people(
      "Brazil and Nigeria met. The mission met the Kano State Commissioner for Agriculture, Alhaji Musa Danladi Gwarzo, in Kano.",
      {
        published: "2030-10-10",
        pair: ["BR", "NG"],
      },
    );
    expect(ng).toContainEqual(["Musa Danladi Gwarzo", "NG"]);
    const ga = people(
      "La France et le Gabon. La visite officielle du président de la Transition gabonaise, le général Léon-Paul Ondimba Mabika, à Paris, et la présence militaire française au Gabon.",
      { published: "2030-10-25", lang: "fr", pair: ["FR", "GA"] },
    );
    expect(ga).toContainEqual(["Léon-Paul Ondimba Mabika", "GA"]);
  });
  it("does not read a board's or a fair's words as names, and reads 'Deutsche' as Germany's", () => {
    const found = people(
      "Germany and Viet Nam. The agreement was signed in Hanoi by the Chairman of the Managing Board of Deutsche Messe AG, Dr. Katrin Vollmer-Hesse, and the Director General of the Viet Nam Trade Promotion Agency, Mr. Vu Ba Phu Long.",
      { published: "2030-11-28", pair: ["DE", "VN"] },
    );
    expect(found.map(([n]) => n)).not.toContain("Managing Board");
    expect(found.map(([n]) => n)).not.toContain("Deutsche Messe");
    expect(found).toContainEqual(["Katrin Vollmer-Hesse", "DE"]);
  });
  it("gives whoever leads a delegation to a town of one side, or leads a mission that visits it, the other side", () => {
    const led = people(
      "Kenya and Korea signed an agreement.\n\nIn April last year, JKUAT's Vice-Chancellor, Prof. Daniel Mwangi Kiprono, led a delegation of 12 deans to Daejeon.",
      { published: "2030-08-20", pair: ["KE", "KR"] },
    );
    expect(led).toContainEqual(["Daniel Mwangi Kiprono", "KE"]);
    const visited = people(
      "Brazil and Nigeria met.\n\nAn Embrapa technical mission led by Dr. Ricardo Albuquerque Lins visited Kano and Kaduna from 4 to 9 August.",
      { published: "2030-10-10", pair: ["BR", "NG"] },
    );
    expect(visited).toContainEqual(["Ricardo Albuquerque Lins", "BR"]);
  });
  it("reads a name right before a host's verb in the present as a person's", () => {
    const found = people("La France et le Gabon. Dans cet épisode, Aïssatou Ndiaye-Lambert reçoit deux invités.", {
      published: "2030-10-25",
      lang: "fr",
      pair: ["FR", "GA"],
    });
    expect(found.map(([n]) => n)).toContain("Aïssatou Ndiaye-Lambert");
  });
});

describe("people: a field's label in title case", () => {
  it("vouches for a known given name after 'Contracting Authority:' as after 'Contracting authority:'", () => {
    const text =
      "Canada and Korea signed a memorandum.\n\nEnquiries\nContracting Authority: Marie-Ève Dubois, Public Services and Procurement Canada\nTelephone: 873-469-2211";
    expect(people(text, { published: "2031-03-10" }).map(([n]) => n)).toContain("Marie-Ève Dubois");
  });
});
