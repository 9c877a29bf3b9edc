/** Pledges by cities, universities and other institutions of the pair, in lists after "the two cities will:". */
import { describe, expect, it } from "vitest";
import { pledgesOf } from "./rules-test-kit";

describe("commitments: institutions as the pledging actors", () => {
  it("reads the items of a list after 'the two cities will:' as pledges", () => {
    const text =
      "Korean Mayor Hong Tae-yong and Canadian Mayor Dawn Arnold signed a friendship agreement in Moncton on Monday.\n\nUnder the agreement, the two cities will:\n• launch a summer student exchange in July 2028;\n• hold a video conference every year, the first in February.";
    expect(pledgesOf(text, { published: "2027-11-24" })).toEqual([
      ["launch a summer student exchange in July 2028;", "2028-07"],
      ["hold a video conference every year, the first in February.", "2028-02"],
    ]);
  });
  it("reads items lettered in parentheses after 'The two countries will:'", () => {
    const text =
      "Thailand and Australia signed a declaration.\n\n5. The two countries will:\n(a) hold the first ministers' meeting in Bangkok in March 2028;\n(b) conclude negotiations on a Digital Economy Agreement by the end of 2028.";
    expect(pledgesOf(text, { published: "2027-11-03", pair: ["TH", "AU"] }).map(([, due]) => due)).toEqual(["2028-03", "2028"]);
  });
  it("reads a lettered list after 'les deux établissements :'", () => {
    const text =
      "L'Université Laval, au Canada, et le KAIST, en Corée, ont signé mardi une entente-cadre.\n\nEn vertu de l'entente, les deux établissements :\na) lanceront en septembre 2028 un programme de doctorat en cotutelle;\nb) organiseront une école d'été conjointe en juin 2028.";
    expect(pledgesOf(text, { published: "2027-09-29", lang: "fr" }).map(([, due]) => due)).toEqual(["2028-09", "2028-06"]);
  });
});
