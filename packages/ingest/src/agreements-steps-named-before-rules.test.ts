/**
 * Agreement rules from the twenty-ninth unseen set: steps told of an agreement named before, by "Its text was agreed",
 * "first proposed the arrangement" for a memorandum, "The talks were launched" after a sentence naming the agreement as an
 * object, a bare "l'accord-cadre" standing for a French name that opens on it, what an agreement succeeds as another one,
 * and no step from "sera signé" or "avant toute ratification".
 */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

const FJ_WS = { published: "2031-05-20", pair: ["FJ", "WS"] as [string, string] };
const MOU = "Memorandum of Understanding on Seasonal Labour Mobility between the Government of Fiji and the Government of Samoa";

describe("agreements: steps of an agreement named before", () => {
  it("reads 'Its text was agreed at ...' as the conclusion, over a long sentence with a title's abbreviation", () => {
    const text = `1. The Ministry informs employers that the ${MOU} will take effect on 1 August 2031.\n\n2. The Memorandum was signed in Apia on 9 April 2031 by the Minister of Employment, Hon. Semi Koroi Tuilagi, and the Minister of Commerce of Samoa, Dr. Lemalu Tate Aiono, during the Minister's official visit to Samoa from 8 to 10 April 2031. Its text was agreed at the 3rd Meeting of the Fiji–Samoa Joint Working Group, held in Suva on 26 and 27 January 2031.`;
    expect(actionsOf(text, FJ_WS)).toContainEqual([MOU, "concluded", "2031-01-26/2031-01-27"]);
  });
  it("reads 'the arrangement' after a milestone's verb as the memorandum named before", () => {
    const text = `The ${MOU} was signed in Apia on 9 April 2031. Samoa first proposed the arrangement in November 2029.`;
    expect(actionsOf(text, FJ_WS)).toContainEqual([MOU, "proposed", "2029-11"]);
  });
  it("gives 'The talks were launched ...' to the one agreement the sentence before names as its object", () => {
    const text =
      "On 21 February, the two foreign ministers signed in Suva the Agreement on Seasonal Work between Fiji and Samoa. The talks were launched in March last year, during a visit to Apia, and took eleven months.";
    expect(actionsOf(text, FJ_WS)).toContainEqual([
      "Agreement on Seasonal Work between Fiji and Samoa",
      "negotiations_launched",
      "2030-03",
    ]);
  });
});

describe("agreements: a bare French 'accord-cadre'", () => {
  const FR_ML = { published: "2031-07-12", lang: "fr" as const, pair: ["FR", "ML"] as [string, string] };
  it("stands for a name that opens on it, and takes no step from 'sera signé' or 'avant toute ratification'", () => {
    const text =
      "La France et le Mali ont conclu mardi les négociations d'un accord-cadre sur l'énergie solaire. L'accord-cadre sera signé lors de la visite du président malien en septembre. Les syndicats exigent d'être reçus avant toute ratification de l'accord-cadre.";
    const found = actionsOf(text, FR_ML);
    expect(found).toContainEqual(["accord-cadre sur l'énergie solaire", "concluded", "2031-07-08"]);
    expect(found.map((a) => a[1])).toEqual(["concluded"]);
  });
  it("gives a step told of the bare 'accord-cadre' to the name that opens on it", () => {
    const text =
      "La France et le Mali ont conclu en mai les négociations d'un accord-cadre sur l'énergie solaire. L'accord-cadre a été signé le 8 juillet à Bamako.";
    expect(actionsOf(text, FR_ML)).toContainEqual(["accord-cadre sur l'énergie solaire", "signed", "2031-07-08"]);
  });
  it("reads the one an agreement succeeds as another agreement, with its own steps", () => {
    const text =
      "Le 8 juillet, la ministre française a signé avec son homologue malien l'accord-cadre de coopération 2032-2036. Il succède à l'accord-cadre signé en 2026, qui avait été prorogé en décembre dernier jusqu'à la fin de l'année.";
    const found = actionsOf(text, FR_ML);
    expect(found).toContainEqual(["accord-cadre", "signed", "2026"]);
    expect(found).toContainEqual(["accord-cadre", "extended", "2030-12"]);
  });
});
