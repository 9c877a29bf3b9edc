/**
 * Rules from public news stories: "previous" and "précédent" place a yearless month before the story even after a verb
 * of agreeing, a French clause coordinated after an agreement's name is not the name's, negotiations finalized are
 * concluded, their start is their launch, and a memorandum is named after "our bilateral".
 */
import { describe, expect, it } from "vitest";
import { actionsOf, eventsOf, read } from "./rules-test-kit";

const datesOf = (text: string, lang: "en" | "fr") =>
  read(text, { published: "2031-05-20", lang, pair: ["PT", "AO"] }).dates.map((d) => [d.text, d.value]);

describe("dates: a month at a previous meeting", () => {
  it("reads 'at their previous summit in Luanda in October' as last October, after 'agreed to'", () => {
    expect(
      datesOf(
        "Portugal and Angola reviewed the progress made since they agreed to deepen their ties at their previous summit in Luanda in October.",
        "en",
      ),
    ).toEqual([["in October", "2030-10"]]);
  });
  it("reads 'lors de leur précédent sommet à Luanda en octobre' as last October, after 'sont convenus de'", () => {
    expect(
      datesOf(
        "Le Portugal et l'Angola ont fait le point depuis qu'ils sont convenus de renforcer leurs liens lors de leur précédent sommet à Luanda en octobre.",
        "fr",
      ),
    ).toEqual([["en octobre", "2030-10"]]);
  });
});

describe("agreements: a French clause coordinated after the name", () => {
  it("names 'accord sur la protection des données', not '... et de coopérer'", () => {
    const names = read(
      "Le Portugal et l'Angola sont convenus de signer un accord sur la protection des données et de coopérer dans le domaine numérique.",
      { published: "2031-05-20", lang: "fr", pair: ["PT", "AO"] },
    ).agreements.map((a) => a.name);
    expect(names).toEqual(["accord sur la protection des données"]);
  });
});

describe("agreements: negotiations finished, started, and a memorandum named with a possessive", () => {
  const as = { published: "2031-05-20", pair: ["PT", "AO"] as [string, string] };
  it("reads 'finalized negotiations on the Agreement ...' as concluded, not launched", () => {
    expect(actionsOf("Portugal and Angola finalized negotiations on the Agreement on Maritime Transport on Thursday, May 15.", as)).toEqual(
      [["Agreement on Maritime Transport", "concluded", "2031-05-15"]],
    );
  });
  it("reads 'the start of negotiations in April for an agreement on ...' as negotiations launched then", () => {
    expect(
      actionsOf(
        "The ministers of Portugal and Angola welcomed the start of negotiations in April for an agreement on the protection of classified information.",
        as,
      ),
    ).toEqual([["agreement on the protection of classified information", "negotiations_launched", "2031-04"]]);
  });
  it("reads 'last December's revision of our bilateral MOU on ...' as that memorandum amended", () => {
    expect(
      actionsOf(
        '"Portugal and Angola welcomed last December\'s revision of our bilateral MOU on fisheries and port cooperation," the minister said.',
        as,
      ),
    ).toEqual([["MOU on fisheries and port cooperation", "amended", "2030-12"]]);
  });
});

describe("events: what a report comes as is another story", () => {
  it("dates no visit by the month of the clause after 'comes as'", () => {
    const events = read(
      "Portugal's Prime Minister Luís Ferreira held talks with Angolan President João Lourenço in Luanda on Thursday, May 15.\n\nThe joint statement during Ferreira's official visit to Angola comes as the Portuguese government in February shortlisted bidders for its port project.",
      { published: "2031-05-16", pair: ["PT", "AO"] },
    ).events.map((e) => e.date);
    expect(events).not.toContain("2031-02");
    expect(events).toContain("2031-05-15");
  });
});

describe("agreements: an adjective of standing between the article and the head", () => {
  it("reads 'an existing agreement on co-operation on fisheries ... was extended'", () => {
    expect(
      actionsOf(
        "Portugal and Angola signed two agreements today, and an existing agreement on co-operation on fisheries and aquaculture was extended for one year.",
        { published: "2031-05-20", pair: ["PT", "AO"] },
      ),
    ).toContainEqual(["agreement on co-operation on fisheries and aquaculture", "extended", "2031-05-20"]);
  });
});

describe("events: a session numbered in Roman numerals, and named again", () => {
  const as = { published: "2031-08-22", pair: ["PT", "AO"] as [string, string] };
  it("reads 'the opening ceremony of the VII Binational Meeting' as a round, and 'this meeting' in a quote as the same one", () => {
    expect(
      eventsOf(
        'The Minister of Foreign Affairs of Portugal, Rui Lopes, participated this morning in the opening ceremony of the VII Binational Meeting of Ministers of Portugal and Angola.\n\nThe meeting was attended by Portuguese and Angolan authorities.\n\nHe thanked those present "for the effort invested to make this meeting a success".',
        as,
      ),
    ).toEqual([["2031-08-22", "dialogue_round", null]]);
  });
});
