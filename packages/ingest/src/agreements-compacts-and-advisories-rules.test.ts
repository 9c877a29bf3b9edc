/** Agreement rules from the thirty-fourth unseen set: compacts, negotiators named, background bullets, advisories' programme lines. */
import { describe, expect, it } from "vitest";
import { extract } from "./extract";

const steps = (text: string, published = "2030-11-04") =>
  extract(text, { published, lang: "en", pair: ["FJ", "WS"] })
    .agreements.filter((a) => a.action)
    .map((a) => [a.name, a.action, a.date]);

describe("agreements: compacts, negotiators, bullets and programme lines", () => {
  it("reads a compact as an instrument, and 'negotiations on the Compact' as its steps", () => {
    const found = steps(
      "Fiji and Samoa signed the Pacific Seasonal Workers Compact in Suva on Monday. Negotiations on the Compact were launched in Apia in March 2029 and concluded in May 2030.",
    );
    expect(found).toContainEqual(["Pacific Seasonal Workers Compact", "negotiations_launched", "2029-03"]);
    expect(found).toContainEqual(["Pacific Seasonal Workers Compact", "concluded", "2030-05"]);
  });
  it("reads negotiations opened between officials as the steps of the agreement named before", () => {
    const found = steps(
      "Fiji and Samoa signed a Memorandum of Understanding on Fisheries Surveillance in Suva on Monday. The MoU was first proposed by the two governments in 2028. Negotiations between officials opened in February and were concluded at a meeting in Apia on 3 September.",
    );
    expect(found).toContainEqual(["Memorandum of Understanding on Fisheries Surveillance", "negotiations_launched", "2030-02"]);
    expect(found).toContainEqual(["Memorandum of Understanding on Fisheries Surveillance", "concluded", "2030-09-03"]);
  });
  it("reads 'The memorandum was extended' opening a background bullet", () => {
    const found = steps(
      "Background\n- Fiji and Samoa signed a Memorandum of Understanding on Sugar Research in Suva in May 2027.\n- The memorandum was extended for a further three years on September 30, 2030, through an exchange of letters.",
    );
    expect(found).toContainEqual(["Memorandum of Understanding on Sugar Research", "extended", "2030-09-30"]);
  });
  it("reads no signing done in a media advisory's programme line", () => {
    const found = steps(
      "Fiji's Prime Minister will host Samoa's Prime Minister in Suva on Friday.\n\nWHAT: Leaders' meeting and signing of the Labour Mobility Agreement\nWHEN: Friday, November 8, 2030",
    );
    expect(found).toEqual([]);
  });
  it("ends a described agreement's name before 'last year'", () => {
    const found = steps("Fiji and Samoa launched negotiations on a national arrangement on coastal fisheries last year.");
    expect(found).toContainEqual(["national arrangement on coastal fisheries", "negotiations_launched", "2029"]);
  });
  it("dates 'a signed letter of intent' by the sentence telling the signing", () => {
    const found = steps(
      "A Samoan trade delegation left Fiji on Friday with a signed letter of intent on kava exports. Samoa's trade minister and Fiji's agriculture minister signed the letter in Lautoka on Thursday.",
      "2030-06-08",
    );
    expect(found).toContainEqual(["letter of intent on kava exports", "signed", "2030-06-06"]);
    expect(found.filter((a) => a[1] === "signed")).toHaveLength(1);
  });
  it("reads 'l'Entente est entrée en vigueur' mid-sentence, and leaves its date to that step", () => {
    const found = extract(
      "Nous avions signé à Suva l'Accord sur la pêche côtière Fidji–Samoa, et je m'en souviens : l'Accord est entré en vigueur le 1er mai.",
      { published: "2030-06-16", lang: "fr", pair: ["FJ", "WS"] },
    ).agreements.filter((a) => a.action);
    expect(found.map((a) => [a.action, a.date])).toContainEqual(["entered_into_force", "2030-05-01"]);
    expect(found.find((a) => a.action === "signed")?.date).not.toBe("2030-05-01");
  });
  it("reads the main verb before a name followed by 'négociée depuis' as well as the negotiations", () => {
    const found = extract(
      "Les ministres fidjien et samoan ont signé hier à Suva, dans la grande salle du conseil des ministres, une convention-cadre de coopération halieutique négociée depuis deux ans.",
      { published: "2030-03-04", lang: "fr", pair: ["FJ", "WS"] },
    ).agreements.filter((a) => a.action);
    expect(found.map((a) => [a.name, a.action, a.date])).toContainEqual([
      "convention-cadre de coopération halieutique",
      "signed",
      "2030-03-03",
    ]);
  });
  it("reads a step owed ('doit être signé', 'must still be ratified') as not done", () => {
    const found = extract(
      "Les Fidji et les Samoa ont adopté un plan. Un avenant sur la pêche côtière doit par ailleurs être signé avec l'agence d'ici fin juin.",
      { published: "2030-03-04", lang: "fr", pair: ["FJ", "WS"] },
    ).agreements.filter((a) => a.action === "signed");
    expect(found).toEqual([]);
    expect(
      steps(
        "Fiji and Samoa signed the Pacific Seasonal Workers Compact on Monday. The Compact must still be ratified by both parliaments.",
      ),
    ).not.toContainEqual(expect.arrayContaining(["ratified"]));
  });
  it("reads 'Le texte' opening a passive as the agreement named before, approved again by a second body on its own day", () => {
    const found = extract(
      "Les ministres fidjien et samoan ont signé hier à Suva une convention-cadre de coopération halieutique. Le texte avait été approuvé par la commission permanente du conseil provincial de Ba le 20 février, puis par le conseil de district de Apia le 27 février.",
      { published: "2030-03-04", lang: "fr", pair: ["FJ", "WS"] },
    ).agreements.filter((a) => a.action === "adopted");
    expect(found.map((a) => [a.name, a.date])).toEqual([
      ["convention-cadre de coopération halieutique", "2030-02-20"],
      ["convention-cadre de coopération halieutique", "2030-02-27"],
    ]);
  });
  it("reads an agreement named by its month before a relative clause telling another step as signed that month", () => {
    const found = steps(
      "Fiji's and Samoa's health ministers signed the Protocol on Medical Referrals on Monday. The interim referral arrangement of March 2028, which was extended in December last year, remains in force until then.",
    );
    expect(found).toContainEqual(["interim referral arrangement", "signed", "2028-03"]);
    expect(found).toContainEqual(["interim referral arrangement", "extended", "2029-12"]);
  });
});
