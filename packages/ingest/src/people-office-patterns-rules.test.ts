/** Offices read by pattern before a comma and an honorific, bodies named by acronyms, "-stan" demonyms, ranks and "Me" (seventeenth unseen set). */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const people = (text: string, pair: [string, string], lang: "en" | "fr" = "en") =>
  read(text, { published: "2029-03-28", lang, pair }).people.map((p) => [p.name, p.side]);

describe("people: offices by pattern and sides from bodies", () => {
  it("reads an office with a province, a port's town or a portfolio with commas before ', Mme'/', M.'/', Dr.'", () => {
    expect(
      people(
        "La France et l'Ouzbékistan ont signé un accord. Il a rencontré la présidente de la région Auvergne-Rhône-Alpes, Mme Anne-Laure Vasseur-Ndiaye.",
        ["UZ", "FR"],
        "fr",
      ),
    ).toContainEqual(["Anne-Laure Vasseur-Ndiaye", "FR"]);
    expect(
      people(
        "Le Sénégal et la Belgique ont signé un accord, en présence du directeur général du Port autonome de Dakar, M. Abdoulaye Mbaye N'Diaye.",
        ["SN", "BE"],
        "fr",
      ),
    ).toContainEqual(["Abdoulaye Mbaye N'Diaye", "SN"]);
    expect(
      people(
        "Germany and Kazakhstan met. It was co-chaired by Germany's Parliamentary State Secretary at the Federal Ministry for Economic Affairs and Energy, Dr. Katharina Wolff-Özdemir.",
        ["KZ", "DE"],
      ),
    ).toContainEqual(["Katharina Wolff-Özdemir", "DE"]);
  });
  it("reads 'ouzbek' and 'Kazakh' as demonyms of their countries", () => {
    expect(
      people(
        "La France et l'Ouzbékistan. Le ministre ouzbek de l'Investissement, de l'Industrie et du Commerce, M. Jamshid Akmalovich Tursunov, s'est rendu à Lyon.",
        ["UZ", "FR"],
        "fr",
      ),
    ).toContainEqual(["Jamshid Akmalovich Tursunov", "UZ"]);
  });
  it("gives a person the side of the country in the full name of the body their title names by its acronym", () => {
    expect(
      people(
        "Export Development Canada (EDC) and the Export-Import Bank of Korea (KEXIM) renewed their agreement. It was signed by Mairead O'Sullivan-Grant, EDC's Executive Vice-President and Chief Risk Officer.",
        ["KR", "CA"],
      ),
    ).toContainEqual(["Mairead O'Sullivan-Grant", "CA"]);
  });
  it("keeps 'Me', 'Air Vice-Marshal' and 'Chief Risk Officer' out of names", () => {
    const names = [
      ...people(
        "Le Sénégal et la Belgique. Les documents ont été signés par le ministre sénégalais des Affaires étrangères, Me Cheikh Tidiane Diouf-Ba.",
        ["SN", "BE"],
        "fr",
      ),
      ...people("Australia and Viet Nam. He met Air Vice-Marshal Darren Kilpatrick-Moore, Head of Defence Space Command.", ["AU", "VN"]),
    ].map((p) => p[0]);
    expect(names).toEqual(["Cheikh Tidiane Diouf-Ba", "Darren Kilpatrick-Moore"]);
  });
});
