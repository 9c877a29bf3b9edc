/**
 * Commitment rules from the thirty-second unseen set: lists of what an instrument binds the pair to, units and suppliers as
 * actors, an agency's staff, people counted by what they play, scheduled courses and sessions, passives of registration.
 */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const pledges = (text: string, published = "2031-06-20", lang: "en" | "fr" = "en", pair: [string, string] = ["GH", "CI"]) =>
  read(text, { published, lang, pair }).commitments.map((c) => [c.text.trim(), c.due]);
/** The due dates of the pledges read in a text. */
const dues = (...args: Parameters<typeof pledges>) => pledges(...args).map(([, due]) => due);

describe("commitments: French agreed steps with an aside, and what will be offered", () => {
  it("reads 'ont convenu d'ouvrir', and 'ont convenu, lors de ..., d'ouvrir' with an aside before the verb", () => {
    expect(
      dues(
        "Le Ghana et la Côte d'Ivoire ont signé un accord. Les deux pays ont aussi convenu d'ouvrir un bureau commun en septembre 2031.",
        "2031-06-20",
        "fr",
      ),
    ).toEqual(["2031-09"]);
    expect(
      dues(
        "Selon le ministère, le Ghana et la Côte d'Ivoire ont aussi convenu, lors de la visite du ministre à Accra le mois dernier, d'ouvrir un bureau commun en septembre 2031.",
        "2031-06-20",
        "fr",
      ),
    ).toEqual(["2031-09"]);
  });
  it("reads an event that 'sera offert' on a date as the pair's step, and no places offered", () => {
    expect(
      dues(
        "Le Ghana et la Côte d'Ivoire ont signé un accord culturel. Un atelier ouvert aux élèves ivoiriens sera offert à Accra le 3 septembre.",
        "2031-06-20",
        "fr",
      ),
    ).toEqual(["2031-09-03"]);
    expect(
      pledges(
        "Le Ghana et la Côte d'Ivoire ont signé une entente de mobilité. Quelque 400 places seront offertes en 2032.",
        "2031-06-20",
        "fr",
      ),
    ).toEqual([]);
  });
});

describe("commitments: instrument lists, units, suppliers and staff", () => {
  it("reads the items under 'Under the Agreement:' as the pair's, each pledging what its own verb does", () => {
    const text =
      "Ghana and Côte d'Ivoire signed a customs agreement in Accra on Monday.\nUnder the Agreement:\n(a) the two customs services will share manifests through a common platform by 1 October 2031;\n(b) a joint list of authorised brokers will be published in January 2032;\n(c) traders remain bound by national rules.";
    expect(pledges(text)).toEqual([
      ["(a) the two customs services will share manifests through a common platform by 1 October 2031;", "2031-10-01"],
      ["(b) a joint list of authorised brokers will be published in January 2032;", "2032-01"],
    ]);
  });
  it('reads each item after "l\'accord prévoit :" as a pledge, whatever its shape', () => {
    const text =
      "Le Ghana et la Côte d'Ivoire ont signé un accord douanier à Abidjan.\nConcrètement, l'accord prévoit :\n– une première inspection conjointe à Elubo en septembre ;\n– un échange mensuel des manifestes à partir du 1er août.";
    expect(pledges(text, "2031-06-20", "fr")).toEqual([
      ["une première inspection conjointe à Elubo en septembre ;", "2031-09"],
      ["un échange mensuel des manifestes à partir du 1er août.", "2031-08-01"],
    ]);
  });
  it("reads a unit and a supplier as actors that pledge", () => {
    expect(
      pledges("Ghana and Côte d'Ivoire set up a joint screening desk. Both Units will exchange watch lists by 15 September 2031."),
    ).toEqual([["Both Units will exchange watch lists by 15 September 2031.", "2031-09-15"]]);
    const text =
      "Ghana awarded the contract for the Abidjan–Accra corridor to a consortium from Côte d'Ivoire.\nThe supplier has undertaken to:\n• hire 200 Ghanaian engineers by December 31, 2032;\n• open a training centre in Kumasi.";
    expect(pledges(text)).toEqual([
      ["hire 200 Ghanaian engineers by December 31, 2032;", "2032-12-31"],
      ["open a training centre in Kumasi.", null],
    ]);
  });
  it("reads an agency's staff, named with its acronym, as acting for it", () => {
    expect(
      dues(
        "Ghana and Côte d'Ivoire launched a cocoa traceability scheme. CCC inspectors will visit four Ivorian and two Ghanaian cooperatives during the week of August 10.",
      ),
    ).toEqual(["2031-08-10"]);
  });
  it("reads players counted by number as a pledge with a date", () => {
    expect(
      dues(
        "The Accra Philharmonic signed an exchange with the Abidjan conservatory in Côte d'Ivoire. Six conservatory players will join the Ghanaian orchestra for its summer academy from July 7 to 19, 2031.",
      ),
    ).toEqual(["2031-07-07"]);
  });
  it("reads a course or a session scheduled for a date as the pair's step", () => {
    expect(
      dues(
        "Ghana and Côte d'Ivoire signed a memorandum on cocoa grading. The first grading course under the memorandum will run in Kumasi in September.",
      ),
    ).toEqual(["2031-09"]);
    expect(
      dues(
        "Le Ghana et la Côte d'Ivoire financent vingt bourses d'échange.\n– Une séance d'information aura lieu le 2 juillet à Abidjan.",
        "2031-06-20",
        "fr",
      ),
    ).toEqual(["2031-07-02"]);
  });
  it("reads a shipment's landing on a date as a scheduled step", () => {
    expect(
      dues(
        "Ghana and Côte d'Ivoire opened a coastal shipping route this week. The first cargo of Ghanaian cement will land at Abidjan in mid-July.",
      ),
    ).toEqual(["2031-07"]);
  });
  it("reads 'will be required' and 'will be registered' as the pair's steps", () => {
    expect(
      dues(
        "Côte d'Ivoire accepted Ghana's new phytosanitary certificate. The new certificate will be required for all cocoa shipments leaving Ghana on or after September 1, 2031.",
      ),
    ).toEqual(["2031-09-01"]);
    expect(
      dues(
        "Ghana and Côte d'Ivoire signed a health memorandum. The two border clinics in Elubo will be registered with both ministries by March 2032.",
      ),
    ).toEqual(["2032-03"]);
  });
});
