/** Agreement rules from the twelfth unseen set: every milestone's wording, acronym heads, French heads, the same action in two years. */
import { describe, expect, it } from "vitest";
import { extract } from "./extract";

const actions = (text: string, lang: "en" | "fr" = "en", pair: [string, string] = ["TH", "AU"]) =>
  extract(text, { published: "2027-11-03", lang, pair })
    .agreements.filter((a) => a.action)
    .map((a) => [a.name, a.action, a.date]);

describe("agreements: milestones", () => {
  it("reads an elevation to a partnership as its launch", () => {
    expect(
      actions("Thailand and Australia today elevated the bilateral relationship to a Comprehensive Strategic Partnership."),
    ).toContainEqual(["Comprehensive Strategic Partnership", "launched", "2027-11-03"]);
  });
  it("reads an initialling as a conclusion, in English and French", () => {
    expect(
      actions("The Prime Ministers of Thailand and Australia welcomed the initialling today of a new Air Services Agreement."),
    ).toContainEqual(["Air Services Agreement", "concluded", "2027-11-03"]);
    expect(
      actions(
        "Le Québec et la province coréenne du Gyeongsang du Nord ont paraphé lundi un accord-cadre de coopération sur les batteries.",
        "fr",
        ["KR", "CA"],
      ).map((a) => a.slice(0, 2)),
    ).toContainEqual(["accord-cadre de coopération sur les batteries", "concluded"]);
  });
  it("reads a renewal as an extension, and the same action in another year as another record", () => {
    const found = actions(
      "Premier Smith and Governor Kim of Gangwon met in Edmonton today, where they renewed the sister-province agreement between Alberta and Gangwon. The sister-province agreement was first signed in 1974 and last renewed in 2017.",
      "en",
      ["KR", "CA"],
    );
    expect(found).toContainEqual(["sister-province agreement", "extended", "2027-11-03"]);
    expect(found).toContainEqual(["sister-province agreement", "extended", "2017"]);
    expect(found).toContainEqual(["sister-province agreement", "signed", "1974"]);
    expect(
      actions(
        "The Prime Ministers of Thailand and Australia welcomed the renewal of the Memorandum of Understanding on Defence Cooperation.",
      ).map((a) => a.slice(0, 2)),
    ).toContainEqual(["Memorandum of Understanding on Defence Cooperation", "extended"]);
  });
  it("does not read 'renouvelables' as a renewal", () => {
    expect(
      actions("La Tunisie et le Portugal ont signé un mémorandum d'entente dans le domaine des énergies renouvelables.", "fr", [
        "TN",
        "PT",
      ]).map((a) => a[1]),
    ).not.toContain("extended");
  });
  it("reads 'en vigueur depuis <year>' and 'in force since <year>' as the entry into force that year", () => {
    const [entente] = actions(
      "L'Entente en matière de sécurité sociale entre le Québec et la République de Corée, en vigueur depuis 2016, sera révisée.",
      "fr",
      ["KR", "CA"],
    );
    expect(entente?.[0]).toMatch(/^Entente en matière de sécurité sociale/);
    expect(entente?.slice(1)).toEqual(["entered_into_force", "2016"]);
    expect(
      actions("Korea and Canada noted that the Canada-Korea Free Trade Agreement, in force since 2015, removed most tariffs.", "en", [
        "KR",
        "CA",
      ]),
    ).toContainEqual(["Canada-Korea Free Trade Agreement", "entered_into_force", "2015"]);
  });
  it("takes an FTA or a CEPA as a name's head, and its negotiations launched and concluded in one sentence", () => {
    const found = actions(
      "India and Chile launched negotiations on the India-Chile CEPA in April 2025 and concluded them in Santiago in July this year.",
      "en",
      ["IN", "CL"],
    );
    expect(found).toContainEqual(["India-Chile CEPA", "negotiations_launched", "2025-04"]);
    expect(found).toContainEqual(["India-Chile CEPA", "concluded", "2027-07"]);
  });
  it("reads an expansion as an amendment and a plan of action after a duration as adopted", () => {
    expect(
      actions("Thailand and Australia adopted a five-year Plan of Action to implement the partnership.").map((a) => a.slice(0, 2)),
    ).toContainEqual(["Plan of Action", "adopted"]);
  });
  it("keeps the subject after a head named by its modifiers, and reads passive launched negotiations", () => {
    expect(
      actions("Korea and Canada on Wednesday signed a framework agreement on critical minerals cooperation.", "en", ["KR", "CA"]).map((a) =>
        a.slice(0, 2),
      ),
    ).toContainEqual(["framework agreement on critical minerals cooperation", "signed"]);
    expect(
      actions(
        "Korea and Canada say the critical minerals supply chain agreement whose negotiations were launched in September is not concluded.",
        "en",
        ["KR", "CA"],
      ).map((a) => a[1]),
    ).toEqual(["negotiations_launched"]);
  });
});
