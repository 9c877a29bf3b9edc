/** People rules from the twenty-first unseen set: Omani and Fijian honorifics, places of worship, portfolios joined by "and", French ministries' titles. */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const peopleOf = (text: string, pair: [string, string], lang: "en" | "fr" = "en") =>
  read(text, { published: "2030-12-04", lang, pair }).people.map((p) => [p.name, p.side]);

describe("people: honorifics, buildings and portfolios", () => {
  it("keeps 'Sayyid' and 'Ratu' out of the name, and reads no short form 'Sayyid <given name>' as a person", () => {
    const found = peopleOf(
      "He was received by Oman's Minister of Foreign Affairs, H.E. Sayyid Badr bin Hamad Al Busaidi. Foreign Minister Morishita of Japan held talks with Sayyid Badr.",
      ["JP", "OM"],
    );
    expect(found).toContainEqual(["Badr bin Hamad Al Busaidi", "OM"]);
    expect(found.map((p) => p[0])).not.toContain("Sayyid Badr");
    expect(
      peopleOf("The Prime Minister of Fiji, Hon. Ratu Josefa Vuniwaqa, met Australia's leaders.", ["AU", "FJ"]).map((p) => p[0]),
    ).toEqual(["Josefa Vuniwaqa"]);
  });
  it("reads a mosque named after a sultan as no person", () => {
    const found = peopleOf(
      "Japan and Oman signed a memorandum. On 4 December, FM Morishita visited the Sultan Qaboos Grand Mosque and met 40 Omani alumni of Japanese universities.",
      ["JP", "OM"],
    );
    expect(found.map((p) => p[0])).not.toContain("Mosque");
    expect(found.map((p) => p[0])).not.toContain("Grand Mosque");
  });
  it("keeps a portfolio joined by 'and' in the title after a name, with its country", () => {
    expect(
      peopleOf(
        "Opening session\nPéter Szalai-Bognár, Minister of Foreign Affairs and Trade of Hungary\nAibek Zhunusov, Minister of Trade and Integration of the Republic of Kazakhstan",
        ["HU", "KZ"],
      ),
    ).toEqual([
      ["Péter Szalai-Bognár", "HU"],
      ["Aibek Zhunusov", "KZ"],
    ]);
  });
  it("reads no person in a French ministry's title ending 'de la République de Corée'", () => {
    const found = peopleOf(
      "Le Protocole a été signé par l'ambassadrice du Canada, Mme Isabelle Okonkwo-Gagné, et le vice-ministre de l'Économie et des Finances de la République de Corée, M. Bae Jung-ho.",
      ["KR", "CA"],
      "fr",
    );
    expect(found.map((p) => p[0])).toEqual(["Isabelle Okonkwo-Gagné", "Bae Jung-ho"]);
  });
});

describe("people: names after a field's label", () => {
  it("reads a known given name after a label opening the line as a person, its role unknown", () => {
    const text =
      "Procurement entity: Department of National Defence\nContracting authority: Marie-Ève Castonguay, Supply Team Leader, Public Services";
    expect(peopleOf(text, ["KR", "CA"]).map((p) => p[0])).toEqual(["Marie-Ève Castonguay"]);
  });
  it("reads no person in a label's value whose first word is no given name", () => {
    expect(peopleOf("Venue: Hilton Astana, Sauran Hall", ["HU", "KZ"])).toEqual([]);
  });
});
