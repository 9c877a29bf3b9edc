/** Numeric datelines ("Berne, 11.06.2026 -", "Rabat, 04/03/2027 (MAP) -"): day first, kept only when they date the report. */
import { describe, expect, it } from "vitest";
import { findDatelines } from "./dateline";

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
