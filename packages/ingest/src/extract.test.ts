/** Whole-pipeline rules: boilerplate, people, agreements, commitments, pairs, events, quotes, schema. */
import { ZExtraction } from "@ties/domain";
import { describe, expect, it } from "vitest";
import { extract } from "./extract";

const known = {
  people: [
    { id: "melanie-joly", name: "Mélanie Joly", variants: [], countryCode: "CA" },
    { id: "cho-tae-yul", name: "Cho Tae-yul", variants: [], countryCode: "KR" },
  ],
  agreements: [{ id: "gsoia", name: "General Security of Information Agreement", shortName: "GSOIA" }],
};

describe("boilerplate", () => {
  const text = [
    "Canada and Korea agreed to expand trade. CANADA VISA FOR LATVIA CITIZENS",
    "Leave a Comment",
    "Your email address will not be published.",
    "Related Articles",
    "Japan and Canada signed a Free Trade Agreement on Monday, and Prime Minister Jane Doe said it was historic.",
  ].join("\n");
  const x = extract(text, { published: "2025-03-08" });
  it("removes ads, comment forms and related articles, and reports kept and removed spans", () => {
    const removed = x.boilerplate.filter((b) => b.removed).map((b) => b.kind);
    expect(removed).toEqual(expect.arrayContaining(["advertisement", "comments"]));
    expect(x.boilerplate.some((b) => !b.removed && b.kind === "content")).toBe(true);
    for (const b of x.boilerplate) expect(text.slice(b.start, b.end)).toBe(b.text);
  });
  it("takes no record from removed text", () => {
    expect(x.people).toEqual([]);
    expect(x.agreements).toEqual([]);
    expect(x.dates).toEqual([]);
  });
});

describe("people", () => {
  it("keeps Cho Tae-yul and Cho Tae-yong apart and matches spellings to known people", () => {
    const text =
      "Foreign Minister Cho Tae-yul met Melanie Joly, Canada's Minister of Foreign Affairs. National Security Advisor Cho Tae-yong joined them.";
    const x = extract(text, { published: "2024-07-20", known });
    const names = x.people.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["Cho Tae-yul", "Cho Tae-yong", "Melanie Joly"]));
    expect(x.people.find((p) => p.name === "Cho Tae-yul")?.match?.id).toBe("cho-tae-yul");
    expect(x.people.find((p) => p.name === "Cho Tae-yong")?.match).toBeNull();
    expect(x.people.find((p) => p.name === "Melanie Joly")).toMatchObject({
      side: "CA",
      title: "Minister of Foreign Affairs",
      match: { id: "melanie-joly" },
    });
  });
  it("reads French titles before the name and attaches short mentions", () => {
    const text =
      "La ministre des Affaires étrangères, Mélanie Joly, s'est entretenue avec son homologue coréen. La ministre Joly a salué les progrès.";
    const x = extract(text, { published: "2024-07-20", lang: "fr", known });
    const joly = x.people.find((p) => p.name === "Mélanie Joly");
    expect(joly?.title).toBe("ministre des Affaires étrangères");
    expect(joly?.mentions.length).toBe(2);
  });
});

describe("agreements", () => {
  it("matches a description to the known GSOIA and reads the action", () => {
    const text = "Canada and Korea launched negotiations on an agreement on the protection of military and defence information in 2023.";
    const x = extract(text, { published: "2024-07-20", known });
    expect(x.agreements[0]).toMatchObject({ action: "negotiations_launched", date: "2023", match: { id: "gsoia" } });
  });
  it("yields no Korea-Canada agreement, commitment or event from another pair", () => {
    const text =
      "South Korea and Britain on Monday signed the Korea-UK Free Trade Agreement in London. The two sides will hold talks next year.";
    const x = extract(text, { published: "2025-06-10" });
    expect(x.agreements).toEqual([]);
    expect(x.commitments).toEqual([]);
    expect(x.events).toEqual([]);
    expect(extract(text, { published: "2025-06-10", pair: ["KR", "GB"] }).commitments.length).toBe(1);
  });
});

describe("commitments", () => {
  it("takes pledges with due dates and leaves forecasts", () => {
    const text =
      "Canada and Korea met in Ottawa on Friday. They decided to hold a 2+2 dialogue within the year. This cooperation will benefit both nations. Canada will continue its patrols until April 2026.";
    const x = extract(text, { published: "2025-03-08" });
    expect(x.commitments.map((c) => [c.trigger, c.due, c.dueLastDay, c.parties.join()])).toEqual([
      ["decided to", "2025", "2025-12-31", "KR,CA"],
      ["will", "2026-04", "2026-04-30", "CA"],
    ]);
  });
  it("reads French pledges", () => {
    const text = "Le Canada et la Corée s'engagent à tenir un dialogue d'ici la fin du mois.";
    const x = extract(text, { published: "2025-05-19", lang: "fr" });
    expect(x.commitments[0]).toMatchObject({ due: "2025-05", parties: ["CA", "KR"] });
  });
});

describe("events and quotes", () => {
  it("builds a dated, located, coded meeting and offers the known event as a merge", () => {
    const text =
      "Vice Minister Chung Byung-won met with Weldon Epp, assistant deputy minister at Global Affairs Canada, in Ottawa on Friday.";
    const x = extract(text, {
      published: "2025-03-08",
      known: {
        people: [{ id: "chung", name: "Chung Byung-won", countryCode: "KR" }],
        events: [{ id: "ev1", date: "2025-03", participantIds: ["chung"] }],
      },
    });
    expect(x.events[0]).toMatchObject({
      date: "2025-03-07",
      type: "meeting",
      plover: { code: "CONSULT" },
      location: { city: "Ottawa", countryCode: "CA" },
      match: { id: "ev1" },
    });
    expect(x.events[0]?.participants.map((p) => p.side)).toEqual(["KR", "CA"]);
  });
  it("attributes a release-style quote", () => {
    const text = "“Korea is a trusted partner for Canada in the region.” – Mélanie Joly, Minister of Foreign Affairs";
    const x = extract(text, { published: "2023-04-15" });
    expect(x.quotes[0]).toMatchObject({ speaker: "Mélanie Joly", direct: true });
    expect(text.slice(x.quotes[0]!.start, x.quotes[0]!.end)).toBe(x.quotes[0]!.text);
  });
  it("always returns output valid against the domain schema", () => {
    const x = extract("Nothing to see here.", { published: "2025-01-01" });
    expect(ZExtraction.safeParse(x).success).toBe(true);
    expect(() => extract("text", { published: "2025-13-01" })).toThrow();
  });
});
