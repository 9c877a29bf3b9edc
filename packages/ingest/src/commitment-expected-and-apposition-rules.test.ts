/** Pledges scheduled in the passive, expected visits, undertakings and a subject in apposition (nineteenth unseen set). */
import { describe, expect, it } from "vitest";
import { pledgesOf } from "./rules-test-kit";

const kr = { published: "2030-05-20", pair: ["KR", "CA"] as [string, string] };

describe("commitments: expected, scheduled and undertaken", () => {
  it("reads a person named in an apposition closed right before 'is scheduled to visit' as its subject", () => {
    expect(
      pledgesOf(
        "Canada's Minister of Immigration, Refugees and Citizenship, the Hon. Marc Ouimet-Lindqvist, is scheduled to visit Seoul in October 2030.",
        kr,
      ).map(([, due]) => due),
    ).toEqual(["2030-10"]);
  });
  it("reads 'is expected to pay a state visit ... in November 2030' as a pledge, and a ship 'expected to return' as none", () => {
    expect(
      pledgesOf("The President of the Republic of Korea is expected to pay a state visit to Ottawa in November 2030.", kr).map(
        ([, d]) => d,
      ),
    ).toEqual(["2030-11"]);
    expect(pledgesOf("The Korean frigate is expected to return to Busan in November 2030.", kr)).toEqual([]);
  });
  it("reads an agreement that 'will take effect on 1 July 2030' and one that 'is to be signed ... in October 2030' as dated steps", () => {
    expect(
      pledgesOf("The amended Arrangement on Youth Mobility between Korea and Canada will take effect on 1 July 2030.", kr).map(
        ([, d]) => d,
      ),
    ).toEqual(["2030-07-01"]);
    expect(
      pledgesOf(
        "Korea and Canada concluded negotiations on a hydrogen agreement. The Agreement is to be signed at the Korea–Canada Business Forum in Toronto in October 2030.",
        kr,
      ).map(([, d]) => d),
    ).toEqual(["2030-10"]);
  });
  it("reads 'has undertaken to inform ... by 1 September 2030' as a pledge", () => {
    expect(
      pledgesOf(
        "Korea and Canada signed a memorandum. The Minister for International Trade, Mr. Reinier van Zutphen, has undertaken to inform the House of Canada's funding by 1 September 2030.",
        kr,
      ).map(([, d]) => d),
    ).toEqual(["2030-09-01"]);
  });
  it("reads French 'est prévue à ... en novembre 2030' and 'est attendue à ... en septembre' as scheduled steps", () => {
    const fr = { published: "2030-06-04", lang: "fr" as const, pair: ["MA", "BE"] as [string, string] };
    expect(
      pledgesOf(
        "Le Maroc et la Belgique ont signé une convention. Une mission marocaine est prévue à Anvers et Bruxelles en novembre 2030.",
        fr,
      ).map(([, d]) => d),
    ).toEqual(["2030-11"]);
    expect(
      pledgesOf("Le Maroc et la Belgique ont signé une convention. Une délégation marocaine est attendue à Liège en septembre.", fr).map(
        ([, d]) => d,
      ),
    ).toEqual(["2030-09"]);
  });
});
