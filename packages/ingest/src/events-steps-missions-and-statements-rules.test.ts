/** Event rules: steps of negotiations among officials, missions as settings, a week's visit told again, joint communiqués. */
import { describe, expect, it } from "vitest";
import { isLeaderTitle } from "./events";
import { eventsOf, triggerTypes } from "./rules-test-kit";

describe("events: steps, missions and statements", () => {
  it("reads a step of negotiations taken at a meeting of officials or a technical meeting as a round", () => {
    const found = eventsOf(
      "Chile and Peru signed a fisheries memorandum in Lima on Monday. The two agencies launched negotiations on the memorandum at a meeting of fisheries and coast guard officials in Arica on March 14.",
      { published: "2031-06-18", pair: ["CL", "PE"] },
    );
    expect(found).toContainEqual(["2031-03-14", "dialogue_round", "Arica"]);
    const technical = eventsOf(
      "Chile and Peru signed a fisheries memorandum in Lima on Monday. The memorandum was concluded by the two fisheries agencies at a technical meeting in Tacna in April.",
      { published: "2031-06-18", pair: ["CL", "PE"] },
    );
    expect(technical).toContainEqual(["2031-04", "dialogue_round", "Tacna"]);
  });
  it("reads a text settled by officials in a town, a third country's capital included, as a round there", () => {
    const found = eventsOf(
      "Chile and Peru signed a fisheries memorandum in Lima on Monday. The text was concluded in Arica on May 20 by the two agencies' legal officials.",
      { published: "2031-06-18", pair: ["CL", "PE"] },
    );
    expect(found).toContainEqual(["2031-05-20", "dialogue_round", "Arica"]);
    const french = eventsOf(
      "Le Sénégal et la Gambie ont signé lundi à Dakar un accord sur la pêche. Le texte de l'accord avait été finalisé à Pretoria en avril par les hauts-commissaires des deux pays.",
      { published: "2031-06-18", lang: "fr", pair: ["SN", "GM"] },
    );
    expect(french).toContainEqual(["2031-04", "dialogue_round", "Pretoria"]);
  });
  it("reads a mission named as the setting of a meeting as a visit", () => {
    const found = eventsOf(
      "Ontario and Korea signed a memorandum in Toronto on Thursday. Minister Lee first met Minister Park in Seoul last November, during a trade mission of 30 Ontario companies.",
      { published: "2034-04-12", pair: ["KR", "CA"] },
    );
    expect(found).toContainEqual(["2033-11", "visit", "Seoul"]);
    const french = eventsOf(
      "Le premier ministre de la Corée, Kim Min-su, a été reçu lundi à Québec par le premier ministre du Québec, Jean Tremblay. Les deux hommes s'étaient rencontrés à Séoul en octobre 2033, lors de la mission de M. Tremblay en Corée.",
      { published: "2035-03-20", lang: "fr", pair: ["KR", "CA"] },
    );
    expect(french).toContainEqual(["2033-10", "visit", "Seoul"]);
  });
  it("reads a mission led over days written before it as a visit over those days", () => {
    const found = eventsOf(
      "La Chambre de commerce du Québec a conduit du 3 au 8 mai 2033 une mission commerciale de 18 entreprises québécoises à Séoul et à Busan. Le ministre coréen du Commerce, Kim Min-su, a reçu la délégation à Séoul.",
      { published: "2033-05-20", lang: "fr", pair: ["KR", "CA"] },
    );
    expect(found).toContainEqual(["2033-05-03/2033-05-08", "visit", "Seoul"]);
  });
  it("reads the last mission told by what it goes back to as a visit", () => {
    expect(triggerTypes("La dernière mission ministérielle du Québec en Corée, à Séoul, remonte à octobre 2031.")).toContain("visit");
    expect(triggerTypes("La dernière mission du Québec en Corée a été un succès.")).not.toContain("visit");
  });
  it("reads a visit named as a step's setting right after its month", () => {
    const found = eventsOf(
      "Investissement Québec et la Korea Trade-Investment Promotion Agency (KOTRA) ont signé mardi à Séoul un protocole d'entente, en présence du ministre québécois de l'Économie, Marc Caron, et du ministre coréen du Commerce, Oh Jin-seok. Les négociations avaient été lancées à Montréal en juin, lors de la visite du président de la KOTRA, Kwon Tae-hyun.",
      { published: "2033-11-28", lang: "fr", pair: ["KR", "CA"] },
    );
    expect(found).toContainEqual(["2033-06", "visit", "Montreal"]);
  });
  it("gives a visit told over last week the days a later sentence writes within it", () => {
    const found = eventsOf(
      "Last week we welcomed Korea's Minister of Trade to Toronto. The Minister of Trade of Korea, Kim Ji-won, visited Toronto from April 5 to 7 with a delegation of startups.",
      { published: "2034-04-12", pair: ["KR", "CA"] },
    );
    expect(found.filter((e) => e[1] === "visit")).toEqual([["2034-04-05/2034-04-07", "visit", "Toronto"]]);
  });
  it("prefers a visit's written days to a week named from the day of writing", () => {
    const found = eventsOf("Last week, the President of Korea made a state visit to Canada, in Ottawa from April 28 to 30.", {
      published: "2031-05-06",
      pair: ["KR", "CA"],
    });
    expect(found).toContainEqual(["2031-04-28/2031-04-30", "visit", "Ottawa"]);
  });
  it("reads a meeting after a call whose French auxiliary is said once, placed by its own clause", () => {
    const found = eventsOf(
      "Le Sénégal et la Gambie ont signé un accord. Les deux ministres s'étaient entretenus par téléphone le 14 janvier, puis rencontrés en février à Addis-Abeba, en marge du sommet de l'Union africaine.",
      { published: "2030-03-12", lang: "fr", pair: ["SN", "GM"] },
    );
    expect(found).toContainEqual(["2030-02", "meeting", "Addis Ababa"]);
  });
  it("reads a French joint communiqué told with its participle and its day", () => {
    expect(triggerTypes("Selon le communiqué conjoint publié mardi soir, les deux pays ouvriront une ambassade.")).toContain(
      "joint_statement",
    );
    expect(triggerTypes("Selon le communiqué conjoint, les deux pays ouvriront une ambassade.")).not.toContain("joint_statement");
  });
  it("dates talks set before the signing by the signing's day", () => {
    const found = eventsOf(
      "Jeollanam-do Governor Kim Min-su and the Premier of Newfoundland and Labrador, Joan Smith, signed a memorandum at the Provincial Office in Muan yesterday. Premier Smith arrived in Muan on Tuesday for a three-day visit to the province. Before the signing, Governor Kim and Premier Smith held talks on ports.",
      { published: "2032-09-16", pair: ["KR", "CA"] },
    );
    expect(found).toContainEqual(["2032-09-15", "meeting", "Muan"]);
  });
  it("reads the presidents as the subject of their verb as the two leaders", () => {
    const found = eventsOf(
      "President Solís of Costa Rica and President Peña of the Dominican Republic signed an agreement. The presidents last met on the sidelines of the SICA summit in Panama City in December.",
      { published: "2034-02-22", pair: ["CR", "DO"] },
    );
    expect(found).toContainEqual(["2033-12", "summit", "Panama City"]);
  });
  it("reads a chamber's president as no head of state", () => {
    expect(isLeaderTitle("President of the National Assembly of Armenia")).toBe(false);
    expect(isLeaderTitle("présidente du Sénat")).toBe(false);
    expect(isLeaderTitle("President of Armenia")).toBe(true);
  });
  it("reads a release's bracketed place line as no party to its talks", () => {
    const found = eventsOf(
      "(CARICOM Secretariat, Turkeyen, Greater Georgetown, Guyana) The Prime Minister of Belize, Marisol Chan, and the President of Suriname, Anand Ramdin, held bilateral talks in Paramaribo on Monday.",
      { published: "2031-07-08", pair: ["BZ", "SR"] },
    );
    expect(found).toContainEqual(["2031-07-07", "summit", "Paramaribo"]);
  });
});
