/**
 * French agreement names whose complement opens on "relatif au" / "relative aux", runs through a nationality or a level
 * ("marchandises nigériennes", "enseignement supérieur"), a second field after "et de la", and a body after "par le"; and
 * a name that stops at the French auxiliary of its clause ("avaient été lancées").
 */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const namesIn = (text: string, pair: [string, string]) =>
  read(text, { published: "2032-04-10", lang: "fr", pair }).agreements.map((a) => a.name);

describe("French agreement names and their complements", () => {
  it("reads a complement opening on 'relatif au' through a nationality and a body after 'par le'", () => {
    const text =
      "Le Bénin et le Niger ont signé lundi à Cotonou l'accord relatif au transit des marchandises nigériennes par le Port de Cotonou.";
    expect(namesIn(text, ["BJ", "NE"])).toContain("accord relatif au transit des marchandises nigériennes par le Port de Cotonou");
    const aux = "La Tunisie et l'Algérie ont signé jeudi une convention relative aux échanges de données fiscales.";
    expect(namesIn(aux, ["TN", "DZ"])).toContain("convention relative aux échanges de données fiscales");
  });

  it("reads a field with its adjective and a second field after 'et de la'", () => {
    const text =
      "Le Sénégal et la Gambie ont signé mardi à Banjul un accord de coopération dans le domaine de l'enseignement supérieur et de la formation technique.";
    expect(namesIn(text, ["SN", "GM"])).toContain(
      "accord de coopération dans le domaine de l'enseignement supérieur et de la formation technique",
    );
  });

  it("ends a name at the French auxiliary of its clause", () => {
    const text =
      "Les négociations de l'accord sur la pêche avaient été lancées en mars à Nouakchott, et conclues le 2 avril à Dakar par le Sénégal et la Mauritanie.";
    const names = namesIn(text, ["SN", "MR"]);
    expect(names).toContain("accord sur la pêche");
    expect(names.some((n) => /avaient/u.test(n))).toBe(false);
  });
});
