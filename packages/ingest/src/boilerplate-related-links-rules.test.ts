/** A related-links box in the middle of an article ends where article prose resumes; the body after it is kept. */
import { describe, expect, it } from "vitest";
import { isRemoved } from "./rules-test-kit";
import { readsAsProse } from "./boilerplate";

const removed = isRemoved;

describe("related-links block", () => {
  const page = [
    "The two ministers opened talks on a shipping accord in Halifax this week.",
    "",
    "Read more:",
    "Port cities bet on Pacific cargo",
    "Why ferry routes keep shrinking",
    "",
    "Officials said the first round of talks on the shipping accord would take place in Busan before the end of the year.",
    "",
    "Related",
    "Halifax harbour gets new cranes",
  ].join("\n");
  it("removes the heading and the headlines under it", () => {
    expect(removed(page, "Read more:")).toBe(true);
    expect(removed(page, "Port cities bet")).toBe(true);
    expect(removed(page, "Why ferry routes")).toBe(true);
  });
  it("keeps the first prose paragraph after the list and what follows", () => {
    expect(removed(page, "Officials said the first round")).toBe(false);
    expect(removed(page, "The two ministers opened")).toBe(false);
  });
  it("still removes a list that closes the page", () => {
    expect(removed(page, "Halifax harbour gets")).toBe(true);
  });
  it("works for French pages", () => {
    const fr =
      "À lire aussi :\nLes ports misent sur l'Asie\n\nSelon le ministère, les exportations de bois vers la Corée ont doublé en cinq ans, un record depuis la signature de l'accord.\n";
    expect(removed(fr, "Les ports misent")).toBe(true);
    expect(removed(fr, "Selon le ministère")).toBe(false);
  });
  it("removes the links under a release's 'Additional Resources'", () => {
    const release =
      "The two ministers opened talks on a shipping accord in Halifax this week.\n\nAdditional Resources\nNova Scotia Ports Strategy 2030 | Atlantic Gateway: Overview";
    expect(removed(release, "Nova Scotia Ports Strategy 2030")).toBe(true);
    expect(removed(release, "The two ministers opened")).toBe(false);
  });
  it("tells prose from headlines", () => {
    expect(readsAsProse("Officials said the first round of talks on the shipping accord would take place in Busan next month.")).toBe(true);
    expect(readsAsProse("Port Cities Bet On Pacific Cargo As Shipping Lines Shift Routes Toward Busan And Vancouver Ports.")).toBe(false);
    expect(readsAsProse("Port cities bet on Pacific cargo")).toBe(false);
  });
});
