/** Rounds named by a body's own session, and signings told as background (sixteenth unseen set). */
import { describe, expect, it } from "vitest";
import { actionsOf, eventsOf } from "./rules-test-kit";

const as = { published: "2028-07-08", pair: ["KR", "CA"] as [string, string] };

describe("events: rounds and background signings", () => {
  it("reads a body that 'held its ninth session' as a round", () => {
    expect(
      eventsOf(
        "The Canada-Korea Joint Committee on Science and Technology held its ninth session in Ottawa on June 1, co-chaired by officials of Canada and Korea.",
        as,
      ),
    ).toEqual([["2028-06-01", "dialogue_round", "Ottawa"]]);
  });
  it("reads a welcome 'for the second Canada–Republic of Korea Defence Ministers' Meeting' as a round", () => {
    expect(
      eventsOf(
        "Canada's Minister of National Defence welcomed Korea's Minister of National Defense to Ottawa on July 7 for the second Canada–Republic of Korea Defence Ministers' Meeting.",
        as,
      ),
    ).toEqual([["2028-07-07", "dialogue_round", "Ottawa"]]);
  });
  it("keeps a signing that borrows its day when a background signing is told later", () => {
    expect(
      eventsOf(
        "Canada's Minister of National Defence met Korea's Minister of National Defense in Ottawa on July 7.\n\nDuring the meeting, the two ministers signed a Memorandum of Understanding on Defence Industry Cooperation.\n\n- The Canada–Republic of Korea Agreement on the Protection of Classified Military Information was signed in 2018.",
        as,
      ),
    ).toEqual([
      ["2028-07-07", "meeting", "Ottawa"],
      ["2028-07-07", "signing", "Ottawa"],
    ]);
  });
  it("reads a mission 'which I led from April 2 to 6' and one 'which runs from 6 to 10 March' as visits", () => {
    expect(
      eventsOf("I report on Canada's clean technology mission to the Republic of Korea, which I led from April 2 to 6.", {
        ...as,
        published: "2028-04-11",
      }),
    ).toEqual([["2028-04-02/2028-04-06", "visit", null]]);
  });
  it("reads 'since their summit in Ottawa last June, at which they upgraded ...' as a past summit dating the upgrade", () => {
    const text =
      "President Lee of Korea held a call with the Prime Minister of Canada on March 20.\n\nThe two leaders welcomed the progress made since their summit in Ottawa last June, at which they upgraded the bilateral relationship to a Comprehensive Strategic Partnership.";
    const at = { ...as, published: "2028-03-21" };
    expect(eventsOf(text, at)).toContainEqual(["2027-06", "summit", "Ottawa"]);
    expect(actionsOf(text, at)).toContainEqual(["Comprehensive Strategic Partnership", "launched", "2027-06"]);
  });
  it("reads 'les deux maires' as the pair and 'avait alors été signée' as a signing dated by its paragraph", () => {
    const text =
      "Le maire de Trois-Rivières (Canada) et le maire de Jeonju (Corée du Sud) ont signé hier une entente de jumelage.\n\nLes deux maires s'étaient rencontrés pour la première fois en octobre dernier, lors du Forum des villes patrimoniales tenu à Gyeongju. Une lettre d'intention avait alors été signée par les deux administrations.";
    const at = { ...as, published: "2028-05-16", lang: "fr" as const };
    expect(eventsOf(text, at)).toContainEqual(["2027-10", "meeting", "Gyeongju"]);
    // the earlier signing borrows its paragraph's month, the pair named as the passive's agent
    expect(eventsOf(text, at)).toContainEqual(["2027-10", "signing", "Gyeongju"]);
    expect(actionsOf(text, at)).toContainEqual(["lettre d'intention", "signed", "2027-10"]);
  });
  it("reads 'a été reçue ... par ..., et s'est entretenue avec' as a meeting, placed by a French dateline alone on its line", () => {
    const text =
      "Déclaration conjointe\n\nTunis, le 6 octobre 2028\n\nLa première session de la Commission mixte entre la Tunisie et le Canada s'est tenue à Tunis les 4 et 5 octobre 2028, sous la coprésidence de M. Mohamed Ali Ben Salah, ministre des Affaires étrangères de la République tunisienne, et de Mme Catherine Lévesque-Haddad, secrétaire parlementaire de la ministre des Affaires étrangères du Canada.\n\nEn marge de la session, Mme Lévesque-Haddad a été reçue le 5 octobre par le chef du gouvernement, S.E. M. Kamel Ben Youssef, et s'est entretenue avec la ministre de l'Enseignement supérieur, Mme Leïla Ben Amor-Trabelsi.";
    expect(eventsOf(text, { published: "2028-10-06", lang: "fr", pair: ["TN", "CA"] })).toContainEqual(["2028-10-05", "meeting", "Tunis"]);
  });
});
