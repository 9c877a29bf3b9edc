/** People rules from the sixteenth unseen set: a fourth part before a full stop, "d'" in a family name, national offices, neighbours' countries. */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const people = (text: string, pair: [string, string], lang: "en" | "fr" = "en") =>
  read(text, { published: "2028-07-08", lang, pair }).people.map((p) => [p.name, p.side]);

describe("people: shapes of the sixteenth unseen set", () => {
  it("keeps a fourth part of a name at the sentence's end and 'd'' inside a family name", () => {
    const names = people(
      "Peru and China met in Lima. He was accompanied by the Director General of the National Fisheries Health Agency, Dr. Carlos Alberto Ñique Paredes. Portugal's Minister of State and Finance, Joaquim Miranda d'Almeida, attended.",
      ["PE", "CN"],
    ).map((p) => p[0]);
    expect(names).toContain("Carlos Alberto Ñique Paredes");
    expect(names).toContain("Joaquim Miranda d'Almeida");
  });
  it("gives a chief or a head of a national body the writer's side, never the country of a neighbour's association", () => {
    const text =
      "National Defence\nNews release\n\nJuly 8, 2028 – Ottawa, Ontario – National Defence / Canadian Armed Forces\n\nThe Minister of National Defence of Canada welcomed the Republic of Korea's Minister of National Defense, Jeon Sang-woo, to Ottawa on July 7.\n\nMinister Jeon laid a wreath, accompanied by the Chief of the Defence Staff, General Nadia Okonkwo-Bérubé, and by Lieutenant-General (Ret.) Pak Chol-min of the Korea Veterans Association.";
    expect(people(text, ["KR", "CA"])).toContainEqual(["Nadia Okonkwo-Bérubé", "CA"]);
  });
  it("reads '(Ret.)' after a rank and 'Prof. dr. ir.' as forms of address, and 'Rector Magnificus' as a title", () => {
    const names = people(
      "Greece and the Netherlands met. The speakers were Vice Admiral (Ret.) Konstantinos Vlachos, former Chief of the Hellenic Navy General Staff, and the Rector Magnificus of Wageningen University, Prof. dr. ir. Hendrik-Jan van der Meulen.",
      ["GR", "NL"],
    ).map((p) => p[0]);
    expect(names).toEqual(["Konstantinos Vlachos", "Hendrik-Jan van der Meulen"]);
  });
  it("reads a Korean given name ending in 'ah' and gives its holder the side of the Korean city in her title", () => {
    expect(
      people(
        "La délégation coréenne comprenait Mme Lim Soo-ah, directrice des relations internationales de la Ville de Jeonju, en visite au Canada.",
        ["KR", "CA"],
        "fr",
      ),
    ).toContainEqual(["Lim Soo-ah", "KR"]);
  });
  it("gives an office holder met in a town of one side that side", () => {
    expect(
      people(
        "ANKARA, Feb 10 (Meridian Wire) - Argentina and Türkiye signed agreements on Thursday during a visit by Argentine Foreign Minister María Belén Echeverría Ruiz.\n\nEcheverría Ruiz is due to meet Vice President Cevdet Karaca in Istanbul on Friday.",
        ["AR", "TR"],
      ),
    ).toContainEqual(["Cevdet Karaca", "TR"]);
  });
});
