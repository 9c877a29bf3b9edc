/**
 * Agreements named by a French framework or a rider ("convention-cadre", "avenant sur ..."), a narrative's imperfect, a verb
 * closing a long aside, negotiations opened by a first discussion, a joint committee's interpretation, a kind named by its
 * subject ("the education memorandum") and a body's vote to approve.
 */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

const fr = { published: "2031-05-20", lang: "fr" as const, pair: ["BE", "LU"] as [string, string] };
const en = { published: "2030-06-12", pair: ["NO", "IS"] as [string, string] };

describe("agreements: French frameworks and riders", () => {
  it("names a 'convention-cadre' by its subject and takes 'la convention-cadre' up later", () => {
    const found = actionsOf(
      "La Belgique et le Luxembourg coopèrent depuis longtemps. La convention-cadre de coopération transfrontalière signée à Arlon le 3 mars 2027 par les deux ministres crée un comité mixte. La convention-cadre a été prorogée de trois ans le 14 avril 2031.",
      fr,
    );
    expect(found).toContainEqual(["convention-cadre de coopération transfrontalière", "signed", "2027-03-03"]);
    expect(found).toContainEqual(["convention-cadre de coopération transfrontalière", "extended", "2031-04-14"]);
  });
  it("reads 'un avenant sur ...' negotiated from a session on, then signed, the semicolon's next name left to its own clause", () => {
    const found = actionsOf(
      "Le comité belgo-luxembourgeois s'est réuni cinq fois. Un avenant sur les transports scolaires et des bus de nuit, négocié à partir de sa deuxième session, a été signé le 9 février 2030 ; la convention-cadre a été prorogée en 2031.",
      fr,
    );
    expect(found).toContainEqual([expect.stringMatching(/^avenant sur les transports scolaires et des bus/u), "signed", "2030-02-09"]);
    expect(found.map(([name, action]) => [name, action])).toContainEqual([
      expect.stringMatching(/^avenant sur les transports/u),
      "negotiations_launched",
    ]);
  });
  it("reads a narrative's imperfect 'signaient' as a signing", () => {
    expect(
      actionsOf(
        "En mai 2029, à Luxembourg, les archives de Belgique et du Luxembourg signaient une entente de coopération sur la restauration des cartes.",
        fr,
      ),
    ).toContainEqual(["entente de coopération sur la restauration des cartes", "signed", "2029-05"]);
  });
  it("gives the verb closing a long aside on the signatories to the name before the aside", () => {
    expect(
      actionsOf(
        "Le ministère informe que le protocole phytosanitaire relatif aux plants de pommes de terre entre la Belgique et le Luxembourg, signé à Arlon le 2 mai par le ministre chargé de l'agriculture et de la ruralité, M. Hugo Vandenberghe-Lambert, et la ministre luxembourgeoise de l'Agriculture et de la Viticulture, Mme Carole Weyland-Schmit, est entré en vigueur le 18 mai.",
        fr,
      ),
    ).toContainEqual([expect.stringContaining("protocole phytosanitaire"), "entered_into_force", "2031-05-18"]);
  });
});

describe("agreements: first discussions, interpretations, kinds and votes", () => {
  it("reads 'It was first discussed at ... in May 2028' as the memorandum's negotiations opened then", () => {
    expect(
      actionsOf(
        "Norway and Iceland signed a Memorandum of Understanding on Seabird Monitoring in Reykjavik on Monday. The MoU was signed by the two environment ministers. It was first discussed at a scientists' workshop in Tromsø in May 2028.",
        en,
      ),
    ).toContainEqual(["Memorandum of Understanding on Seabird Monitoring", "negotiations_launched", "2028-05"]);
  });
  it("names a joint committee's 'Joint Interpretation of Article 4.2', dated by the day after its participle", () => {
    expect(
      actionsOf(
        "Mar 2, 2030 - The Panel takes note of the Joint Interpretation of Article 4.2 adopted by the Norway-Iceland Fisheries Joint Committee at its meeting in Bergen on February 20, 2030.",
        en,
      ),
    ).toContainEqual(["Joint Interpretation of Article 4.2", "adopted", "2030-02-20"]);
  });
  it("names a memorandum by its subject word before the head ('the fisheries memorandum')", () => {
    expect(
      actionsOf(
        "Norway and Iceland renewed their cooperation. The arrangement builds on the fisheries memorandum signed by Norway's Ministry of Fisheries and Iceland's Ministry of Food in 2027.",
        en,
      ),
    ).toContainEqual(["fisheries memorandum", "signed", "2027"]);
  });
  it("reads a vote to approve as the approval, and 'the agreement' signed the next day as the kind just named", () => {
    const found = actionsOf(
      "At its meeting on Tuesday, the Tromsø city council voted 9–2 to approve a sister-city agreement with Akureyri, Iceland, and Norway's consul. Mayor Ingrid Solheim of Norway signed the agreement on Wednesday with Mayor Jón Gunnarsson of Iceland.",
      en,
    );
    expect(found).toContainEqual(["sister-city agreement", "adopted", "2030-06-11"]);
    expect(found).toContainEqual(["sister-city agreement", "signed", "2030-06-12"]);
  });
});
