/** Numeric datelines ("Berne, 11.06.2026 -", "Rabat, 04/03/2027 (MAP) -"): day first, kept only when they date the report. */
import { describe, expect, it } from "vitest";
import { findDatelines } from "./dateline";
import { extract } from "./extract";

describe("numeric datelines", () => {
  it("reads a dotted and a slashed dateline day first", () => {
    expect(findDatelines("Berne, 11.06.2026 - Le chef du DFAE a reçu mercredi ...", "2026-06-11").map((d) => [d.city.text, d.day])).toEqual(
      [["Berne", "2026-06-11"]],
    );
    expect(findDatelines("Titre\n\nRabat, 04/03/2027 (MAP) - Sa Majesté ...", "2027-03-04").map((d) => d.day)).toEqual(["2027-03-04"]);
  });
  it("ignores a numeric date that cannot be the report's day", () => {
    expect(findDatelines("Rabat, 04/03/2027 - ...", "2027-06-01")).toEqual([]);
    expect(findDatelines("Rabat, 31/02/2027 - ...", "2027-03-04")).toEqual([]);
  });
});

describe("agency datelines with an abbreviated month", () => {
  it("reads 'Lisbonne, 21 oct. 2026 (TAP) -' and 'New Delhi, Apr 22 (PTI)' as datelines whose day dates the copy", () => {
    const fr = extract(
      "Lisbonne, 21 oct. 2026 (TAP) - Le ministre tunisien des Affaires étrangères, Mohamed Ali Nafti, et le ministre des Affaires étrangères du Portugal, Paulo Rangel, ont coprésidé mardi à Lisbonne la 7e session du comité mixte.\n\nÀ l'issue des travaux, les deux parties ont signé trois accords, dont un accord sur la mobilité des travailleurs saisonniers.",
      {
        published: "2026-10-21",
        lang: "fr",
        pair: ["TN", "PT"],
      },
    );
    expect(fr.agreements.find((a) => a.action === "signed")?.date).toBe("2026-10-20");
    const en = extract("New Delhi, Apr 22 (PTI) India and Argentina on Thursday agreed to fast-track talks.", {
      published: "2027-04-22",
      lang: "en",
      pair: ["IN", "AR"],
    });
    expect(en.dates.map((d) => d.value)).toContain("2027-04-22");
  });
});

describe("datelines in other shapes", () => {
  const lines = (text: string, published: string) => findDatelines(text, published).map((d) => [d.city.text, d.day]);
  it("reads a place and a full date alone on their line, but not a month and day without a year", () => {
    expect(lines("Press Release 212/2026\nMexico City, September 24, 2026\n\nPresident ... received ...", "2026-09-24")).toEqual([
      ["Mexico City", "2026-09-24"],
    ]);
    expect(lines("Toronto, September 24\nThe minister ...", "2026-09-24")).toEqual([]);
  });
  it("reads a French agency dateline without a year, and a city and agency in capitals before the day", () => {
    expect(lines("Titre\n\nPEKIN, 5 novembre (Xinhua) -- Le ministre ...", "2026-11-05")).toEqual([["PEKIN", "2026-11-05"]]);
    expect(lines("Dakar, 5 novembre - Le ministre ...", "2026-11-05")).toEqual([]);
    expect(lines("Politics\n\nASTANA. KAZINFORM - 10 December 2026\n\nPresident ...", "2026-12-10")).toEqual([["ASTANA", "2026-12-10"]]);
  });
  it("gives an event with no city of its own the dateline's city", () => {
    const x = extract(
      "Mexico City, September 24, 2026\n\nPresident Ana Ruiz received Egypt's Foreign Minister, Badr Abdelatty, at the National Palace this morning, on the second day of an official visit to Mexico.",
      {
        published: "2026-09-24",
        lang: "en",
        pair: ["MX", "EG"],
      },
    );
    expect(x.events.map((e) => [e.date, e.type, e.location.city])).toContainEqual(["2026-09-24", "meeting", "Mexico City"]);
  });
});
