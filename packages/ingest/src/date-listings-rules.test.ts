/** Date rules for counting back ("three weeks ago", "il y a deux ans"), listings of coming dates, schedules and questions. */
import { describe, expect, it } from "vitest";
import { extract } from "./extract";

function dateOf(text: string, phrase: string, published: string, lang: "en" | "fr" = "en") {
  const x = extract(text, { published, lang });
  const at = text.indexOf(phrase);
  return x.dates.find((h) => h.start <= at && at < h.end);
}

describe("dates counted back", () => {
  it("reads 'three weeks ago' as a day and 'two years ago' as a year", () => {
    expect(dateOf("Three weeks ago the minister toured a lab.", "weeks ago", "2025-10-22")?.value).toBe("2025-10-01");
    expect(dateOf("He visited Busan two years ago as a student.", "years ago", "2025-10-22")?.value).toBe("2023");
  });
  it("reads 'il y a deux ans' in French", () => {
    expect(dateOf("La ministre est venue à Séoul il y a deux ans.", "il y a", "2025-10-22", "fr")?.value).toBe("2023");
  });
  it("reads 'il y a un an' with the singular, and 'presque jour pour jour' as that month", () => {
    expect(dateOf("La ministre est venue à Dakar il y a un an.", "il y a", "2025-10-22", "fr")?.value).toBe("2024");
    expect(dateOf("Il y a un an, presque jour pour jour, nous étions réunis à Rabat.", "Il y a", "2025-10-22", "fr")?.value).toBe(
      "2024-10",
    );
  });
});

describe("dates still to come", () => {
  it("resolves a calendar under 'Upcoming events' forward, and a present-tense schedule forward", () => {
    const text =
      "News from the consulate.\n\nWe met the mayor on March 2.\n\nRegistration opens on April 12.\n\nUpcoming events\n- April 20: Trade mission to Halifax\n- May 6-8: Seafood expo\n";
    expect(dateOf(text, "April 20", "2027-03-15")?.value).toBe("2027-04-20");
    expect(dateOf(text, "May 6-8", "2027-03-15")?.value).toBe("2027-05-06/2027-05-08");
    expect(dateOf(text, "April 12", "2027-03-15")?.value).toBe("2027-04-12");
    expect(dateOf(text, "March 2", "2027-03-15")?.value).toBe("2027-03-02");
  });
  it("gives no date to 'today' in a question", () => {
    expect(dateOf("Will the minister commit today to a decision?", "today", "2027-03-15")).toBeUndefined();
    expect(dateOf("The minister announced today a decision.", "today", "2027-03-15")?.value).toBe("2027-03-15");
  });
});
