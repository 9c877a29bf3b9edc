/** Where an agreement's name begins and ends (sixteenth unseen set). */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

const as = { published: "2028-07-08", pair: ["KR", "CA"] as [string, string] };

describe("agreements: the bounds of a name", () => {
  it("keeps a pair's name joined by an en dash and two complements after the head", () => {
    expect(
      actionsOf("The Canada–Republic of Korea Agreement on the Protection of Classified Military Information was signed in 2018.", as),
    ).toEqual([["Canada–Republic of Korea Agreement on the Protection of Classified Military Information", "signed", "2018"]]);
  });
  it("leaves out the city of a clause before 'the' and the name that follows it", () => {
    expect(
      actionsOf(
        "The ministers of Korea and Canada signed on 18 April in Ottawa the Protocol on Inspection, Quarantine and Sanitary Requirements.",
        as,
      ).map((a) => a[0]),
    ).toEqual(["Protocol on Inspection, Quarantine and Sanitary Requirements"]);
  });
  it("reads 'entente d'échange' as a name of three words and 'conclues' as a conclusion dated after its participle aside", () => {
    const fr = { ...as, published: "2027-10-20", lang: "fr" as const };
    expect(
      actionsOf(
        "Le Canada et la Corée du Sud ont parlé. Une première entente d'échange entre le Canada et la Corée du Sud avait été conclue en 2016.",
        fr,
      ),
    ).toEqual([["entente d'échange", "concluded", "2016"]]);
    expect(
      actionsOf(
        "Le Canada et la Corée ont parlé. Les négociations de l'accord de libre-échange entre le Canada et la Corée, lancées en 2012, ont été conclues à Genève le 24 juin 2027.",
        fr,
      ),
    ).toEqual([
      ["accord de libre-échange", "concluded", "2027-06-24"],
      ["accord de libre-échange", "negotiations_launched", "2012"],
    ]);
  });
  it("gives an elevation to the partnership after 'to', not to the one it raises, and reads a finalised text as concluded", () => {
    const gh = { published: "2028-03-09", pair: ["GH", "NL"] as [string, string] };
    expect(
      actionsOf(
        "Ghana's Minister for Education and the Minister for Foreign Trade of the Netherlands held talks in Accra on Monday, where they agreed to elevate the Ghana-Netherlands skills partnership to a Strategic Partnership on Education.",
        gh,
      ),
    ).toEqual([["Strategic Partnership on Education", "launched", "2028-03-06"]]);
    expect(
      actionsOf(
        "The governors of Ghana and the Netherlands met on 13 February in Accra, where the text of a Memorandum of Understanding on Banking Supervision was finalised.",
        gh,
      ),
    ).toEqual([["Memorandum of Understanding on Banking Supervision", "concluded", "2028-02-13"]]);
  });
  it("reads 'un programme d'action sur ...' as a French name", () => {
    expect(
      actionsOf("Le Vietnam et la France ont signé lundi un programme d'action sur la filière cacao.", {
        published: "2026-06-27",
        lang: "fr",
        pair: ["VN", "FR"],
      }).map((a) => [a[0], a[1]]),
    ).toEqual([["programme d'action sur la filière", "signed"]]);
  });
});
