/**
 * People: an office before a rank and the name, a federal office's side, a byline's rank, a Crown corporation's head in French,
 * a byline printed without "By" over the date line, and a Malay style before the given name naming the person named in full.
 */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const people = (text: string, as: Parameters<typeof read>[1]) => read(text, as).people.map((p) => [p.name, p.title, p.side]);

describe("people: federal offices, ranks and Crown corporations' heads", () => {
  it("reads the office before an abbreviated rank and the name, the rank ending no sentence", () => {
    const found = people(
      "At the closing ceremony, the Adjutant General of Michigan, Maj. Gen. Robert Kessler, and Liberia's Minister of National Defense, Geraldine Tarr, signed a memorandum. The AFL Chief of Staff, Brig. Gen. Moses Kollie, attended.",
      { published: "2032-07-12", pair: ["LR", "US"] },
    );
    expect(found).toContainEqual(["Robert Kessler", "Adjutant General of Michigan", "US"]);
    expect(found.map(([n]) => n)).toContain("Moses Kollie");
  });
  it("gives a federal office with no country the side of the pair that is a federation", () => {
    const found = people(
      "Le Canada et la Corée ont signé un arrangement. Il a été signé par M. Seo et le ministre fédéral de l'Innovation, des Sciences et de l'Industrie, François Lemieux, à Montréal.",
      { published: "2034-05-23", lang: "fr" },
    );
    expect(found).toContainEqual(["François Lemieux", "ministre fédéral de l'Innovation, des Sciences et de l'Industrie", "CA"]);
  });
  it("reads 'présidente et cheffe de la direction de <body>' as one office", () => {
    const found = people(
      "Le protocole a été signé par la présidente et cheffe de la direction de Téléfilm Canada, Sophie Gervais, et le président du KOFIC, Moon Hyun-jin.",
      { published: "2035-02-16", lang: "fr" },
    );
    expect(found).toContainEqual(["Sophie Gervais", "présidente et cheffe de la direction de Téléfilm Canada", "CA"]);
  });
  it("keeps a byline's rank out of the name, as the author's title", () => {
    const found = people(
      "Navy News\nOctober 8, 2032\nBy Sub-Lieutenant Émilie Roy\n\nBusan, Republic of Korea — HMCS Vancouver of the Royal Canadian Navy sailed from Busan on Wednesday after an exercise with the Republic of Korea Navy.",
      { published: "2032-10-08" },
    );
    expect(found.map(([n, t]) => [n, t])).toContainEqual(["Émilie Roy", "Sub-Lieutenant"]);
    expect(found.map(([n]) => n)).not.toContain("Sub-Lieutenant Émilie Roy");
  });
  it("reads a name alone over the story's date line as the byline, but not a heading over a date", () => {
    const text =
      "Brunei, Bangladesh sign MoU to protect migrant workers\n\nIzzati Rahman\nSeptember 26, 2029\n\nBrunei Darussalam and Bangladesh signed a Memorandum of Understanding yesterday.";
    expect(people(text, { published: "2029-09-26", pair: ["BD", "BN"] }).map(([n]) => n)).toContain("Izzati Rahman");
  });
  it("attributes a quote to the person a Malay style and the given name refer to", () => {
    const text =
      'Brunei and Bangladesh signed an MoU. The Permanent Secretary at MOFA, Dato Paduka Rosli Ismail, led the Brunei side.\n\nDato Paduka Rosli described the agreement as "a shared responsibility" and said Brunei wanted "no worker left without protection."';
    const quotes = read(text, { published: "2029-09-26", pair: ["BD", "BN"] }).quotes.map((q) => [q.speaker, q.text]);
    expect(quotes).toContainEqual(["Rosli Ismail", "a shared responsibility"]);
  });
});
