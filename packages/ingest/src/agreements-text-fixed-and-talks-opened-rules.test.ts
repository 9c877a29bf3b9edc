/**
 * Agreement rules for steps told before a signing: French talks opened ("Les discussions avaient été amorcées", "Les
 * négociations sur l'accord aérien avaient été lancées"), negotiations on the thing an agreement is for ("Negotiations on
 * the loan began"), a text or its terms fixed ("the text was agreed", "its conditions were finalized", "le texte a été
 * finalisé", "..., and its text was finalized"), French names with a masculine adjective in "-al" ("accord général",
 * "accord bilatéral"), and an end told in the present of the day ("qui prend fin aujourd'hui").
 */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

const CA_KR_FR = { published: "2033-03-24", lang: "fr" as const, pair: ["CA", "KR"] as [string, string] };

describe("agreements: steps told before the signing", () => {
  it("opens French talks 'amorcées' and closes them on a text 'finalisé'", () => {
    const text =
      "Québec et la Corée ont signé aujourd'hui une entente-cadre de collaboration sur le stockage d'énergie. Les discussions avaient été amorcées à Naju en octobre dernier, et le texte a été finalisé par visioconférence le 2 mars.";
    const found = actionsOf(text, CA_KR_FR);
    const name = "entente-cadre de collaboration sur le stockage d'énergie";
    expect(found).toContainEqual([name, "negotiations_launched", "2032-10"]);
    expect(found).toContainEqual([name, "concluded", "2033-03-02"]);
  });
  it("takes negotiations on a head and its adjective to the agreement whose name holds the adjective", () => {
    const text =
      "Madagascar Airlines et Air Seychelles ont signé ce lundi un accord de partage de codes entre Madagascar et les Seychelles. Les deux ministres ont signé à la même occasion un nouvel accord bilatéral sur les services aériens, qui remplace le mémorandum de 2030. Les négociations sur l'accord aérien avaient été lancées à Victoria en février 2033, et le texte a été finalisé à Port-Louis en mai.";
    const found = actionsOf(text, { published: "2034-07-10", lang: "fr", pair: ["MG", "SC"] });
    const name = "accord bilatéral sur les services";
    expect(found).toContainEqual([name, "signed", "2034-07-10"]);
    expect(found).toContainEqual([name, "negotiations_launched", "2033-02"]);
    expect(found).toContainEqual([name, "concluded", "2034-05"]);
    expect(found.filter((a) => a[0] === "accord de partage de codes").map((a) => a[1])).toEqual(["signed"]);
  });
  it("reads negotiations on the thing an agreement is for as that agreement's, closed when its terms are finalized", () => {
    const text =
      "The Canadian Museum of History and the National Museum of Korea today signed a loan agreement. Negotiations on the loan began when the Director General visited Gatineau in February, and its conditions were finalized by the two museums' registrars in Seoul on October 11.";
    const found = actionsOf(text, { published: "2034-11-20", pair: ["CA", "KR"] });
    expect(found).toContainEqual(["loan agreement", "negotiations_launched", "2034-02"]);
    expect(found).toContainEqual(["loan agreement", "concluded", "2034-10-11"]);
  });
  it("closes negotiations on a text agreed at a meeting", () => {
    const text =
      "The two institutes signed a cooperation agreement on weather radar in Helsinki on Monday. Negotiations began when a delegation visited Windhoek in March, and the text was agreed at a meeting of experts in Swakopmund on 18 September.";
    expect(actionsOf(text, { published: "2029-11-13", pair: ["FI", "NA"] })).toContainEqual([
      "cooperation agreement on weather radar",
      "concluded",
      "2029-09-18",
    ]);
  });
  it("names a French agreement by its head and a masculine adjective in '-al'", () => {
    const text =
      "Le Luxembourg et la Mongolie ont signé mardi un accord de financement. La commission faisait suite à l'accord général de coopération signé à Luxembourg en octobre 2029 et entré en vigueur en mars 2030.";
    const found = actionsOf(text, { published: "2031-05-07", lang: "fr", pair: ["LU", "MN"] });
    expect(found).toContainEqual(["accord général de coopération", "signed", "2029-10"]);
    expect(found).toContainEqual(["accord général de coopération", "entered_into_force", "2030-03"]);
  });
  it("closes negotiations on a text its pronoun finalized after a comma and 'and'", () => {
    const text =
      "Korea and Canada signed a Memorandum of Understanding on Wildfire Management Cooperation in Daejeon on June 18. The MOU was first proposed by Canada at the Forest Policy Dialogue held in Ottawa in October 2028, and its text was finalized at a working-level meeting in Seoul on May 23.";
    expect(actionsOf(text, { published: "2030-06-19", pair: ["CA", "KR"] })).toContainEqual([
      "Memorandum of Understanding on Wildfire Management Cooperation",
      "concluded",
      "2030-05-23",
    ]);
  });
  it("ends an agreement whose end is told in the present of the day", () => {
    const text =
      "Hydro-Québec et la Korea Electric Power Corporation (KEPCO), la société publique d'électricité de la Corée, ont signé aujourd'hui une entente-cadre de collaboration sur le stockage d'énergie. L'entente remplace le protocole d'entente de 2029 entre l'Institut de recherche d'Hydro-Québec (IREQ) et l'institut de recherche de KEPCO, qui prend fin aujourd'hui.";
    const found = actionsOf(text, CA_KR_FR);
    expect(found.filter((a) => a[1] === "terminated").map((a) => a[2])).toEqual(["2033-03-24"]);
  });
});
