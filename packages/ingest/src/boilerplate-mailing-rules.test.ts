/** Boilerplate rules for mailing furniture, list navigation, section notes, contact lines and byline bios. */
import { describe, expect, it } from "vitest";
import { isRemoved } from "./rules-test-kit";

const removed = isRemoved;

describe("boilerplate: mailing, lists and notes", () => {
  it("removes 'view this email in your browser' but keeps an issue's masthead", () => {
    const text =
      "Maple Letter — Newsletter, March 2027\n\nSubscribe | View this email in your browser\n\nThe ambassador met the minister.\n";
    expect(removed(text, "View this email")).toBe(true);
    expect(removed(text, "Maple Letter")).toBe(false);
  });
  it("removes previous/next links and a bare 'List', not a sentence opening with 'Next year'", () => {
    const text =
      "The ministers met.\n\nNext year, they will meet in Busan.\n\nList\nNext   Trade Ministers Meet in Lima\nPrevious: Weekly Schedule\n";
    expect(removed(text, "Next   Trade")).toBe(true);
    expect(removed(text, "Previous: Weekly")).toBe(true);
    expect(removed(text, "List")).toBe(true);
    expect(removed(text, "Next year")).toBe(false);
  });
  it("removes 'Related information' to the end and a French section note", () => {
    expect(removed("Body text.\n\nRelated information\n- Invest Manitoba\n", "Invest Manitoba")).toBe(true);
    expect(removed("Le texte.\n\nCe texte fait partie de notre rubrique Débats.\n", "Ce texte fait partie")).toBe(true);
  });
  it("removes a contact line with no heading", () => {
    const text = "The ministry signed it.\n\nFor more information, please contact Director Kim Min-ho, Trade Division (+82-2-000-0000).\n";
    expect(removed(text, "please contact")).toBe(true);
  });
  it("removes the byline author's one-line bio", () => {
    const text =
      "Seoul Daily\n\nBy Oh Se-ra\n\nThe ministers met in Seoul on Monday and signed an arrangement.\n\nThey agreed to meet again.\n\nOh Se-ra is a reporter covering diplomacy at Seoul Daily.\n";
    expect(removed(text, "is a reporter covering")).toBe(true);
    expect(removed(text, "The ministers met")).toBe(false);
  });
});
