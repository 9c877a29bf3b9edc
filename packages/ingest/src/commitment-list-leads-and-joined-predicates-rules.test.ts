/**
 * Pledges: a list lead with an adverb or "the following" before its colon announces the items, which are the pledges;
 * "étaient convenus :" leads a list too; "avait accepté de" is a pledge; a second predicate joined after the only due
 * date is a pledge of its own with no due date; a passive "It will be signed" binds the pair, and a pledge "During the
 * visit" is due with the pledge before it that dates the visit.
 */
import { describe, expect, it } from "vitest";
import { pledgesOf } from "./rules-test-kit";

describe("commitments: list leads and predicates joined after a due date", () => {
  it("reads the items after 'The two sides will also:' and 'committed to the following:', not the leads", () => {
    const also =
      "Gambia and Guinea-Bissau signed a fisheries memorandum in Banjul on Monday. The two sides will also:\n- open a joint patrol base in Cacheu by March;\n- train 50 inspectors next year.";
    expect(pledgesOf(also, { published: "2031-10-08", pair: ["GM", "GW"] })).toEqual([
      ["open a joint patrol base in Cacheu by March;", "2032-03"],
      ["train 50 inspectors next year.", "2032"],
    ]);
    const following =
      "Gambia and Guinea-Bissau signed a fisheries memorandum in Banjul on Monday. Under the memorandum, Gambia and Guinea-Bissau committed to the following:\n- a shared catch register by June 2032.";
    expect(pledgesOf(following, { published: "2031-10-08", pair: ["GM", "GW"] })).toEqual([
      ["a shared catch register by June 2032.", "2032-06"],
    ]);
  });
  it("reads the items after 'étaient convenus :' and a pledge told by 'avait accepté de'", () => {
    const text =
      "La Gambie et la Guinée-Bissau ont signé un accord à Banjul lundi. Au téléphone, les deux présidents étaient convenus :\n- de rouvrir le marché de Farim avant la fin de mars.\n\nLe ministre a ajouté que la Gambie avait accepté de former trente douaniers bissau-guinéens à partir de février.";
    expect(pledgesOf(text, { published: "2031-10-08", lang: "fr", pair: ["GM", "GW"] })).toEqual([
      ["de rouvrir le marché de Farim avant la fin de mars.", "2032-03"],
      [expect.stringContaining("avait accepté de former trente douaniers"), "2032-02"],
    ]);
  });
  it("reads a predicate joined by ', and' after the only due date as a second pledge with no due date", () => {
    const en =
      "Gambia and Guinea-Bissau signed a transport memorandum in Banjul on Monday. The two governments will:\n• reopen the Farim ferry from December 1, and cut the fares for market traders.";
    expect(pledgesOf(en, { published: "2031-10-08", pair: ["GM", "GW"] })).toEqual([
      ["reopen the Farim ferry from December 1", "2031-12-01"],
      ["cut the fares for market traders.", null],
    ]);
    const fr =
      "La Gambie et la Guinée-Bissau ont signé un accord à Banjul lundi. Les deux ministres ont convenu :\n- de mettre en service, d'ici juin, un bac entre Banjul et Barra, et de réduire les tarifs pour les étudiants.";
    expect(pledgesOf(fr, { published: "2031-10-08", lang: "fr", pair: ["GM", "GW"] })).toEqual([
      ["de mettre en service, d'ici juin, un bac entre Banjul et Barra", "2032-06"],
      ["de réduire les tarifs pour les étudiants.", null],
    ]);
  });
  it("reads an item that joins two subjects, each with its own future and date, as two pledges", () => {
    const text =
      "Gambia and Guinea-Bissau signed a fisheries memorandum in Banjul on Monday. The two ministers agreed on the following:\n- Gambia will host a training cruise next summer, and Guinea-Bissau will open its survey station to Gambian staff from January 2033.";
    expect(pledgesOf(text, { published: "2031-10-08", pair: ["GM", "GW"] })).toEqual([
      ["Gambia will host a training cruise next summer", "2032-08"],
      ["Guinea-Bissau will open its survey station to Gambian staff from January 2033.", "2033-01"],
    ]);
  });
  it("reads 'It will be signed during the visit, scheduled for ...' as a pledge, and a pledge 'During the visit' as due with it", () => {
    const text =
      "Gambia and Guinea-Bissau have initialled a fisheries agreement. It will be signed during President Sanneh's state visit to Guinea-Bissau, scheduled for November 3-5, officials said.\n\nDuring the visit, the President will also open a Gambian-funded clinic in Bafatá, the ministry said.";
    expect(pledgesOf(text, { published: "2031-10-08", pair: ["GM", "GW"] })).toEqual([
      [expect.stringContaining("It will be signed during President Sanneh's state visit"), "2031-11-03"],
      [expect.stringContaining("the President will also open a Gambian-funded clinic"), "2031-11-03"],
    ]);
  });
  it("reads no pledge in one side's attendance at a meeting abroad, nor in what it will do at a trip's destination abroad", () => {
    const en =
      "Gambia and Guinea-Bissau signed a fisheries memorandum in Banjul on Monday. Separately, Gambia's Foreign Minister will attend the Ocean Forum in Lisbon from October 20 to 22.";
    expect(pledgesOf(en, { published: "2031-10-08", pair: ["GM", "GW"] })).toEqual([]);
    const fr =
      "La Gambie et la Guinée-Bissau ont signé un accord à Banjul lundi. Par ailleurs, le président gambien s'envolera dimanche pour Lisbonne, où il participera au forum des océans.";
    expect(pledgesOf(fr, { published: "2031-10-08", lang: "fr", pair: ["GM", "GW"] })).toEqual([]);
  });
});
