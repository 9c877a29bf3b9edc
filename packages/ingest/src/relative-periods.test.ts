/** Relative periods and the French future: each rule added for pledges dated from the reference day. */
import { describe, expect, it } from "vitest";
import { extract } from "./extract";
import { dayOfMonth } from "./relative-periods";

function dateAt(text: string, phrase: string, published: string, lang: "en" | "fr" = "en") {
  const x = extract(text, { published, lang });
  const at = text.indexOf(phrase);
  return x.dates.find((d) => d.start <= at && at < d.end);
}

describe("relative periods", () => {
  it("reads 'in the coming weeks' as the months it spans", () => {
    expect(dateAt("The ministers agreed to finalize the plan in the coming weeks.", "in the coming weeks", "2026-02-10")?.value).toBe(
      "2026-02/2026-03",
    );
  });
  it("reads 'within six months' as the month the period ends", () => {
    expect(dateAt("Officials will review the arrangement within six months.", "within six months", "2025-09-24")?.value).toBe("2026-03");
    expect(dateAt("Officials will review it within 2 years.", "within 2 years", "2025-09-24")?.value).toBe("2027");
  });
  it("reads 'years ago to the day' as that day and 'presque jour pour jour' as that month", () => {
    expect(dateAt("Three years ago to the day, the Andean treaty entered into force.", "Three", "2031-04-02")?.value).toBe("2028-04-02");
    const fr = "Il y a deux ans, presque jour pour jour, la troupe arrivait à Quito.";
    expect(dateAt(fr, "Il y a", "2031-04-02", "fr")).toMatchObject({ text: "Il y a deux ans, presque jour pour jour", value: "2029-04" });
    expect(dateAt("Two years ago, the troupe arrived in Quito.", "Two", "2031-04-02")?.value).toBe("2029");
  });
  it("reads 'within 30 days of this Notice' as the day the term ends, counted from the text's own day", () => {
    const text = "Operators will file revised manifests within 30 days of this Notice and within two weeks of the date of this circular.";
    expect(dateAt(text, "within 30", "2032-03-05")).toMatchObject({ text: "within 30 days of this Notice", value: "2032-04-04" });
    expect(dateAt(text, "within two", "2032-03-05")?.value).toBe("2032-03-19");
  });
  it("reads 'early next month' as next month", () => {
    expect(dateAt("Talks resume early next month.", "early next month", "2025-12-15")?.value).toBe("2026-01");
  });
  it("reads a bare day of the month after a preposition, but not an ordinal", () => {
    expect(dateAt("The two sides met on the 7th, officials said.", "on the 7th", "2025-03-10")?.value).toBe("2025-03-07");
    expect(dateAt("They will hold the 2nd Strategic Dialogue in Ottawa.", "2nd", "2025-03-10")).toBeUndefined();
    expect(dayOfMonth(28, "2025-03-10", false)?.value).toBe("2025-02-28");
    expect(dayOfMonth(3, "2025-03-10", true)?.value).toBe("2025-04-03");
  });
  it("reads French 'dans les prochaines semaines' and 'd'ici six mois'", () => {
    expect(dateAt("Les deux pays se reverront dans les prochaines semaines.", "dans les prochaines", "2025-11-13", "fr")?.value).toBe(
      "2025-11/2025-12",
    );
    expect(dateAt("Le Canada présentera un plan d'ici six mois.", "d'ici six mois", "2025-11-13", "fr")?.value).toBe("2026-05");
  });
  it("places a French date after 'doit' in the future", () => {
    expect(dateAt("Le premier ministre doit se rendre à Séoul le 3 février.", "le 3 février", "2025-11-13", "fr")?.value).toBe(
      "2026-02-03",
    );
  });
});

describe("due dates", () => {
  it("does not take the report's own weekday ('the ministry said Thursday') as the due date", () => {
    const text =
      "South Korea and Canada agreed on Tuesday to deepen cooperation in the defense industry, Seoul's defense ministry said Thursday.";
    const x = extract(text, { published: "2026-01-15", lang: "en" });
    expect(x.commitments[0]?.due).toBeNull();
  });
  it("gives a pledge dated 'within six months' its month", () => {
    const text = "Canada and Korea held talks in Ottawa. The two Leaders pledged to expand youth exchanges within six months.";
    const x = extract(text, { published: "2025-09-24", lang: "en" });
    expect(x.commitments.find((c) => c.text.includes("pledged"))?.due).toBe("2026-03");
  });
});
