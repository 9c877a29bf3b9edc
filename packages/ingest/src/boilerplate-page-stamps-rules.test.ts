/**
 * A page's stamps and tools, each a line of its own: an update stamp with an ISO day, a revision stamp to the minute under
 * the publication stamp, a download line, a line of hashtags, a feedback prompt with its buttons, and a release's "– 30 –"
 * written with en dashes.
 */
import { describe, expect, it } from "vitest";
import { isRemoved, read } from "./rules-test-kit";

const page = [
  "Ministry of Trade of Peru",
  "",
  "Peru and Thailand open talks on a trade agreement",
  "",
  "Last updated: 2031-05-04",
  "Download PDF (212 KB)",
  "Download: Nota_12_2031_ES.pdf (190 KB) | Nota_12_2031_EN.pdf (188 KB)",
  "#PeruThailand #Trade #FTA",
  "Was this information useful? Yes | No",
  "",
  "Lima, 4 May 2031 – Peru and Thailand launched talks today on a free trade agreement.",
  "",
  "– 30 –",
  "",
  "Media contact: +51 1 204 2400",
].join("\n");

describe("boilerplate: a page's stamps and tools", () => {
  it.each([
    "– 30 –",
    "Media contact: +51 1 204 2400",
    "Last updated: 2031-05-04",
    "Download PDF (212 KB)",
    "Download: Nota_12_2031_ES.pdf (190 KB) | Nota_12_2031_EN.pdf (188 KB)",
    "#PeruThailand #Trade #FTA",
    "Was this information useful? Yes | No",
  ])("removes %s", (line) => {
    expect(isRemoved(page, line)).toBe(true);
  });
  it("keeps the release and reads no date from the update stamp", () => {
    expect(isRemoved(page, "Peru and Thailand launched talks today")).toBe(false);
    expect(read(page, { published: "2031-05-04", pair: ["PE", "TH"] }).dates.map((d) => d.text)).not.toContain("2031-05-04");
  });
  it("keeps a French update line, which the labelled sets annotate as content", () => {
    expect(
      isRemoved(
        "Conseils aux voyageurs\n\nDernière mise à jour : 2 déc. 2030 14:12 HNE\n\nLa situation est calme.",
        "Dernière mise à jour",
      ),
    ).toBe(false);
  });
});

describe("boilerplate: a revision stamp to the minute under the publication stamp", () => {
  it("removes the revision stamp, in English and French, and keeps the publication stamp", () => {
    for (const [posted, revised] of [
      ["Posted: 6:30 AM AST Tuesday, Mar. 4, 2031", "Last Modified: 9:02 AM AST Tuesday, Mar. 4, 2031"],
      ["Publié le 4 mars 2031 à 6 h 30", "Mis à jour le 4 mars 2031 à 9 h 02"],
    ] as const) {
      const text = `Ferry deal signed\n\n${posted}\n${revised}\n\nThe two ministers signed the ferry agreement in Lima.`;
      expect(isRemoved(text, revised), revised).toBe(true);
      expect(isRemoved(text, posted), posted).toBe(false);
    }
  });
  it("keeps a revision stamp giving the day alone, or standing on its own", () => {
    const day = "Ferry deal signed\n\nPublished 04/03/2031 6:30 a.m. AST\nUpdated 04/03/2031\n\nThe ministers met in Lima.";
    expect(isRemoved(day, "Updated 04/03/2031")).toBe(false);
    const alone = "Ferry deal signed\n\nLast updated: March 4, 2031, 9:02 a.m.\n\nThe ministers met in Lima.";
    expect(isRemoved(alone, "Last updated: March 4, 2031, 9:02 a.m.")).toBe(false);
  });
});

describe("boilerplate: a bilingual masthead on the first line", () => {
  it("removes 'Government of Peru / Gobierno del Perú' opening the page, and nothing after it", () => {
    const text =
      "Government of Peru / Gobierno del Perú\n\nPeru and Thailand open talks / a first round in Lima\n\nThe talks opened today.";
    expect(isRemoved(text, "Government of Peru / Gobierno del Perú")).toBe(true);
    expect(isRemoved(text, "Peru and Thailand open talks")).toBe(false);
  });
  it("keeps a first line split by '|', a section's label ('Le Monde | International')", () => {
    expect(isRemoved("Le Monde | International\n\nLe Pérou et la Thaïlande ouvrent des négociations.", "Le Monde | International")).toBe(
      false,
    );
  });
});
