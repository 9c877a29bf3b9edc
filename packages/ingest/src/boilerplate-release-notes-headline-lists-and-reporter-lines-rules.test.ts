/**
 * Furniture around a story: a revision stamp to the second on its own line, a section's
 * headlines ("Sports headlines") and a ministry's recent releases ("Communiqués récents") under their heading, "Lisez aussi :"
 * with its headline, a reporter's contact line and a note sending the reader to the print edition.
 */
import { describe, expect, it } from "vitest";
import { isRemoved } from "./rules-test-kit";

const story = [
  "Harbour News",
  "",
  "Ferry link between Fiji and Tonga to reopen",
  "",
  "Updated: 2033-02-11 09:14:52 FJT",
  "",
  "Fiji and Tonga agreed on Monday to reopen the ferry link between Suva and Nuku'alofa.",
  "",
  "Lisez aussi : Les pêcheurs des Tonga attendent la saison",
  "",
  "The first sailing is set for April, the two ministers said in Suva.",
  "",
  "Staff reporter Mere Tuilagi can be reached at news@harbournews.example",
  "",
  "Read more in this week's print edition.",
  "",
  "Sports headlines",
  "Rugby sevens squad named for Hong Kong",
  "Netball coach steps down after ten years",
  "",
  "Communiqués récents",
  "Audience du ministre avec l'ambassadeur de France",
  "Avis de recrutement – Service des archives",
].join("\n");

describe("boilerplate: release notes, headline lists and reporter lines", () => {
  it.each([
    "Updated: 2033-02-11 09:14:52 FJT",
    "Lisez aussi : Les pêcheurs des Tonga attendent la saison",
    "Staff reporter Mere Tuilagi can be reached at news@harbournews.example",
    "Read more in this week's print edition.",
    "Sports headlines",
    "Netball coach steps down after ten years",
    "Communiqués récents",
    "Avis de recrutement – Service des archives",
  ])("removes %s", (line) => {
    expect(isRemoved(story, line)).toBe(true);
  });

  it("keeps the story", () => {
    expect(isRemoved(story, "Fiji and Tonga agreed on Monday")).toBe(false);
    expect(isRemoved(story, "The first sailing is set for April")).toBe(false);
  });

  it("keeps an update stamp to the minute standing alone, as the labelled sets annotate it", () => {
    expect(isRemoved("Ferry deal\n\nUpdated: 2033-02-11 09:14\n\nThe ministers met in Suva.", "Updated: 2033-02-11 09:14")).toBe(false);
  });
});
