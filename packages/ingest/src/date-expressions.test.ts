/** Date rules: each case is a shape of date the extractor must resolve, with its offsets. */
import { describe, expect, it } from "vitest";
import { extract } from "./extract";

function dateOf(text: string, phrase: string, published: string, extra: { lang?: "en" | "fr"; publisher?: string } = {}) {
  const x = extract(text, { published, ...extra });
  const at = text.indexOf(phrase);
  const d = x.dates.find((h) => h.start <= at && at < h.end);
  if (d) expect(text.slice(d.start, d.end)).toBe(d.text);
  return d;
}

describe("dates", () => {
  it("reads 'on Friday' as the Friday on or before a Korea Herald publication date in its dd-mm-yyyy header", () => {
    const text = "Korea Herald08-03-2025\nThe two officials met in Ottawa on Friday and agreed to talk again.";
    expect(dateOf(text, "08-03-2025", "2025-03-08")?.value).toBe("2025-03-08");
    expect(dateOf(text, "on Friday", "2025-03-08")?.value).toBe("2025-03-07");
  });
  it("resolves within the year, next year, last year, early next year", () => {
    const text = "They decided to hold a dialogue within the year. A visit will follow early next year. Trade fell last year.";
    expect(dateOf(text, "within the year", "2025-03-07")).toMatchObject({ value: "2025", precision: "year" });
    expect(dateOf(text, "early next year", "2025-03-07")?.value).toBe("2026");
    expect(dateOf(text, "last year", "2025-03-07")?.value).toBe("2024");
  });
  it("resolves deadlines and halves", () => {
    const text = "They will meet by the end of June and sign in the second half of 2025.";
    expect(dateOf(text, "by the end of June", "2025-03-07")).toMatchObject({ value: "2025-06", precision: "month" });
    expect(dateOf(text, "the second half", "2025-03-07")?.value).toBe("2025-07/2025-12");
  });
  it("reads ranges", () => {
    expect(dateOf("She concluded her April 13 to 15 visit.", "April 13", "2023-04-16")?.value).toBe("2023-04-13/2023-04-15");
    expect(dateOf("The forum runs May 17-19, 2026.", "May 17", "2026-01-01")?.value).toBe("2026-05-17/2026-05-19");
  });
  it("reads Korean ministry styles", () => {
    const text = "2025. 3. 7.\nThe Vice Minister met the Deputy Minister on March 7 (Fri.) in Seoul.\nDate 2025.3.7.";
    expect(dateOf(text, "2025. 3. 7.", "2025-03-07")?.value).toBe("2025-03-07");
    expect(dateOf(text, "March 7 (Fri.)", "2025-03-07")).toMatchObject({ value: "2025-03-07", text: "March 7 (Fri.)" });
    expect(dateOf(text, "2025.3.7.", "2025-03-07")?.value).toBe("2025-03-07");
  });
  it("reads French dates and vague expressions", () => {
    const text = "La ministre a rencontré son homologue le 7 mars 2025. Ils se reverront d'ici la fin du mois et à l'automne.";
    expect(dateOf(text, "7 mars 2025", "2025-03-08", { lang: "fr" })?.value).toBe("2025-03-07");
    expect(dateOf(text, "d'ici la fin du mois", "2025-03-08", { lang: "fr" })?.value).toBe("2025-03");
    expect(dateOf(text, "l'automne", "2025-03-08", { lang: "fr" })?.value).toBe("2025-09/2025-11");
  });
  it("takes a wire dateline as the reference for relative days", () => {
    const text = "SEOUL, March 8 (Yonhap) -- The ministers met on Friday.";
    expect(dateOf(text, "March 8", "2025-03-20")?.value).toBe("2025-03-08");
    expect(dateOf(text, "on Friday", "2025-03-20")?.value).toBe("2025-03-07");
  });
  it("flags numeric dates that read both ways when nothing decides the order", () => {
    expect(dateOf("Posted 04/03/2025 by staff.", "04/03/2025", "2025-04-05")?.ambiguous).toBe(true);
    expect(dateOf("Posted 04/03/2025 by staff.", "04/03/2025", "2025-04-05", { publisher: "Korea Herald" })).toMatchObject({
      value: "2025-03-04",
      ambiguous: false,
    });
    // A date in the same text that can only be day-first decides the others.
    expect(dateOf("Posted 04/03/2025. Updated 25/03/2025.", "04/03/2025", "2025-04-05")).toMatchObject({
      value: "2025-03-04",
      ambiguous: false,
    });
  });
});

describe("the same day", () => {
  it("repeats the last day-precise date written before it", () => {
    const x = extract(
      "The ministers met in Ottawa on January 27. The two ministers welcomed the signing of an agreement by their deputies on the same day.",
      { published: "2026-01-28", lang: "en" },
    );
    expect(x.dates.find((d) => d.rule === "date.same-day")).toMatchObject({ text: "the same day", value: "2026-01-27" });
  });
});
