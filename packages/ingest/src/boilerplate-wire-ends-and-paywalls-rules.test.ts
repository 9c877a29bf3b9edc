/**
 * A French wire's end mark and what follows it, a headlines list's French headings and a speeches list's heading, and a
 * paywalled story's badge and audio prompt; and the lines of the same words that are the story's own.
 */
import { describe, expect, it } from "vitest";
import { isRemoved } from "./rules-test-kit";

const ARTICLE = "Le Maroc et le Sénégal ont signé à Dakar, le 4 mars 2032, un accord sur la pêche artisanale.";
const ARTICLE_EN = "Uruguay and Paraguay signed a memorandum on river transport in Asunción on 4 March 2032.";

describe("a wire's end and a site's headline lists", () => {
  it("removes a French wire's '(FIN)' and the furniture after it", () => {
    const text = [ARTICLE, "", "(FIN)", "", "Pêche : les quotas revus à la baisse"].join("\n");
    expect(isRemoved(text, "(FIN)")).toBe(true);
    expect(isRemoved(text, "Pêche : les quotas revus à la baisse")).toBe(true);
    expect(isRemoved([ARTICLE, "", "La fin des négociations est prévue en juin."].join("\n"), "La fin des négociations")).toBe(false);
  });

  it("removes the French headings of related and most-read headlines with their lists", () => {
    for (const heading of ["Articles liés", "Les plus lus"]) {
      const text = [ARTICLE, "", heading, "1. Le port de Dakar bat son record", "2. Canicule : alerte à Rabat"].join("\n");
      expect(isRemoved(text, heading)).toBe(true);
      expect(isRemoved(text, "2. Canicule : alerte à Rabat")).toBe(true);
    }
  });

  it("removes a presidential site's list of related speeches", () => {
    const text = [ARTICLE_EN, "", "Related Speeches", "Remarks at the State Banquet in Asunción"].join("\n");
    expect(isRemoved(text, "Related Speeches")).toBe(true);
    expect(isRemoved(text, "Remarks at the State Banquet in Asunción")).toBe(true);
  });

  it("removes a paywalled story's badge and its audio player's prompt", () => {
    for (const line of ["For Subscribers", "Please log in to listen to this story", "Listen to this article"]) {
      expect(isRemoved([line, "", ARTICLE_EN].join("\n"), line)).toBe(true);
    }
    const own = "Subscribers to the river service will pay less from June.";
    expect(isRemoved([ARTICLE_EN, "", own].join("\n"), own)).toBe(false);
  });
});
