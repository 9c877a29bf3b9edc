/** A release's embargo notice on a line of its own ("For immediate release", "Pour diffusion immédiate") is furniture. */
import { describe, expect, it } from "vitest";
import { isRemoved } from "./rules-test-kit";

const release = (notice: string) =>
  [
    "NEWS RELEASE",
    notice,
    "",
    "Airport signs sister-airport agreement",
    "",
    "June 14, 2034 — Richmond, BC — The airport signed a sister-airport agreement today.",
  ].join("\n");

describe("boilerplate: a release's embargo notice", () => {
  it.each(["For immediate release", "FOR IMMEDIATE RELEASE:", "Pour diffusion immédiate", "POUR PUBLICATION IMMÉDIATE"])(
    "removes '%s'",
    (notice) => {
      expect(isRemoved(release(notice), notice)).toBe(true);
    },
  );

  it("keeps a sentence that mentions an immediate release", () => {
    const text = release("For immediate release").replace("today.", "today, for immediate release of funds.");
    expect(isRemoved(text, "for immediate release of funds")).toBe(false);
  });
});

describe("boilerplate: a federal site's signature, an update stamp in words, a link back to the list and topic labels", () => {
  const page = [
    "Government of Canada / Gouvernement du Canada",
    "Newsroom",
    "",
    "Canada and Korea renew their science agreement",
    "",
    "Publié le 07 janvier 2032",
    "Mis à jour 07 janvier 2032",
    "Topics: International development cooperation | Agriculture | Asia and the Pacific",
    "",
    "Ottawa, January 7, 2032 — Canada and Korea renewed their science agreement today.",
    "",
    "Back to news list",
  ].join("\n");

  it.each([
    "Government of Canada / Gouvernement du Canada",
    "Mis à jour 07 janvier 2032",
    "Topics: International development cooperation | Agriculture | Asia and the Pacific",
    "Back to news list",
  ])("removes '%s'", (line) => {
    expect(isRemoved(page, line)).toBe(true);
  });

  it("keeps the publication stamp and the story", () => {
    expect(isRemoved(page, "Publié le 07 janvier 2032")).toBe(false);
    expect(isRemoved(page, "Canada and Korea renewed their science agreement today.")).toBe(false);
  });
});
