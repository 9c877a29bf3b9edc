/** Boilerplate from the twenty-seventh unseen set: a reference site's and an events calendar's furniture, court notes. */
import { describe, expect, it } from "vitest";
import { isRemoved as removed } from "./rules-test-kit";

describe("reference sites, events calendars and court summaries", () => {
  it("removes a wiki's furniture: search box, source line, references, categories, licence, last edit", () => {
    const wiki =
      "Search WikiLands\n\nTallinn Port Accord\nFrom WikiLands, the free encyclopedia\n\nThe accord was signed in 2030 by Estonia and Portugal.\n\nCategories: Treaties of Estonia | Treaties of Portugal\nThis page was last edited on 2 May 2031, at 10:12 (UTC).\nText is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.\n";
    for (const line of ["Search WikiLands", "From WikiLands", "Categories:", "This page was last edited", "Text is available"])
      expect(removed(wiki, line)).toBe(true);
    expect(removed(wiki, "The accord was signed")).toBe(false);
  });
  it("removes a references section whose heading carries a wiki's edit link, and numbered references", () => {
    const text = 'Body of the article.\n\nReferences [edit]\n1. "Port accord signed". Lisbon Daily. 4 May 2030.\n';
    expect(removed(text, "Port accord signed")).toBe(true);
    expect(removed('Body.\n2. Ministry of the Sea (3 March 2029). "Ports Plan". Retrieved 8 June 2031.\n', "Ports Plan")).toBe(true);
  });
  it("removes a calendar's buttons, filters and counters, not a sentence", () => {
    const text =
      "Filter by: All topics v | Upcoming | Past\n\nWebinar: ports and grain\nRegister (free) >\nSlides (PDF, 1.3 MB) >\n\nShowing 4 of 18 events | Load more\nThe Lisbon Ports Forum is a registered charity (No. 12345).\n";
    for (const line of ["Filter by", "Register (free)", "Slides (PDF", "Showing 4 of 18", "registered charity"])
      expect(removed(text, line)).toBe(true);
    expect(removed(text, "Webinar: ports and grain")).toBe(false);
    expect(removed("Exports rose from 4 to 6 > the forecast.\n", "Exports rose")).toBe(false);
  });
  it("removes a court summary's notes and a speech's delivery note", () => {
    expect(removed("Body.\nReferences in square brackets are to paragraphs in the judgment.\n", "References in square")).toBe(true);
    expect(removed("Body.\nNOTE: This summary does not form part of the reasons for the decision.\n", "NOTE: This summary")).toBe(true);
    expect(removed("Seul le texte prononcé fait foi.\nMesdames et Messieurs,\n", "Seul le texte")).toBe(true);
  });
  it("removes a bar of links to the previous and next items, an address with a telephone, a letter's mailing note", () => {
    expect(removed("List | ◀ Previous: New ward opens | Next ▶: Visiting hours\nBody.\n", "◀ Previous")).toBe(true);
    expect(removed("Body.\n12 Harbour Road, Tallinn 10111 | 372-555-0147\n", "Harbour Road")).toBe(true);
    expect(removed("Body.\nCette communication a été envoyée à tous les parents de 5e secondaire.\n", "Cette communication")).toBe(true);
  });
});
