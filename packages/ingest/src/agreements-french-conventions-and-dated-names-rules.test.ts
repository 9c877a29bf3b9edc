/** Agreement rules: a French "Convention" named by its capitalised head, and a year between "de" and a French name's subject. */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

describe("agreements: French conventions and years inside a name", () => {
  it("reads 'la Convention de sécurité sociale' signed", () => {
    expect(
      actionsOf("Les deux ministres ont signé ce matin la Convention de sécurité sociale entre le Luxembourg et la Belgique.", {
        published: "2031-03-12",
        lang: "fr",
        pair: ["LU", "BE"],
      }).map(([name, action]) => [name, action]),
    ).toContainEqual(["Convention de sécurité sociale", "signed"]);
  });
  it("keeps the year of 'l'Accord de 2031 sur ...' in its name", () => {
    expect(
      actionsOf(
        "Réunis à Luxembourg, les ministres du Luxembourg et de la Belgique ont prorogé jusqu'en 2036 l'Accord de 2031 sur le transport fluvial.",
        {
          published: "2033-03-12",
          lang: "fr",
          pair: ["LU", "BE"],
        },
      ).map(([name, action]) => [name, action]),
    ).toContainEqual(["Accord de 2031 sur le transport fluvial", "extended"]);
  });
});
