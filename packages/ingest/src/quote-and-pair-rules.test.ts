/** Quote attribution, pair inference from participants, recorded commitments and new event wordings. */
import { describe, expect, it } from "vitest";
import { extract } from "./extract";

const opts = { published: "2026-03-05", lang: "en" as const };

describe("quote attribution", () => {
  it("takes the speaker named before the verb of saying in a lead-in", () => {
    const x = extract(
      'Canada and Korea held talks. Foreign Minister Cho Hyun said the two countries "share a strong interest in supply chains."',
      opts,
    );
    expect(x.quotes[0]?.speaker).toBe("Cho Hyun");
  });
  it("continues a quote after 'she said' and resolves the pronoun to the nearest person", () => {
    const x = extract(
      'Canada and Korea held talks. Minister Anita Anand spoke. "We are not here to sign one contract," she said. "We are here to build something that lasts."',
      opts,
    );
    expect(x.quotes.map((q) => q.speaker)).toEqual(["Anita Anand", "Anita Anand"]);
  });
  it("reads a titled speaker after the quote and a French verb with an adverb", () => {
    const en = extract(
      'Canada and Korea held talks. "This is the kind of interoperability that deters aggression," said Minister of National Defence David McGuinty.',
      opts,
    );
    expect(en.quotes[0]?.speaker).toBe("David McGuinty");
    const fr = extract(
      "Le Canada et la Corée ont tenu des discussions. Le ministre Kim Sung-whan a également souligné que Séoul compte « diversifier ses sources d'approvisionnement ».",
      { published: "2025-12-04", lang: "fr" },
    );
    expect(fr.quotes[0]?.speaker).toBe("Kim Sung-whan");
  });
  it("does not attribute across a paragraph", () => {
    const x = extract(
      'Canada and Korea held talks.\n\n"The partnership is growing quickly and it shows no sign of slowing."\n\nJoly said trade was up.',
      opts,
    );
    expect(x.quotes.find((q) => q.text.includes("partnership"))?.speaker ?? null).toBeNull();
  });
});

describe("pair inferred from participants' sides", () => {
  it("a call between two leaders of the pair is about the pair; 'les dirigeants' are the pair", () => {
    const text =
      "Aujourd'hui, le premier ministre Mark Carney s'est entretenu avec le président Lee Jae-myung. Les dirigeants ont convenu de rester en contact étroit.";
    const x = extract(text, { published: "2026-02-12", lang: "fr" });
    expect(x.aboutPair).toBe(true);
    expect(x.events[0]).toMatchObject({ type: "phone_call", date: "2026-02-12" });
    expect(x.commitments).toHaveLength(1);
  });
  it("'the two ministers' after a meeting of both sides' ministers pledge for the pair", () => {
    const text =
      "Foreign Minister Mélanie Joly met Foreign Minister Cho Tae-yul in Seoul on Tuesday. The two ministers agreed to hold a dialogue before the end of the year.";
    const x = extract(text, {
      published: "2024-11-14",
      known: {
        people: [
          { id: "j", name: "Mélanie Joly", countryCode: "CA" },
          { id: "c", name: "Cho Tae-yul", countryCode: "KR" },
        ],
      },
    });
    expect(x.commitments[0]).toMatchObject({ due: "2024", parties: ["KR", "CA"] });
  });
});

describe("recorded commitments and event wordings", () => {
  it("a renewed commitment to a named agreement is history; to working together it is a pledge", () => {
    const a = extract(
      "Canada and Korea held talks in Ottawa. They also reaffirmed their commitment to the General Security of Information Agreement.",
      opts,
    );
    expect(a.commitments).toEqual([]);
    const b = extract("Canada and Korea held talks in Ottawa. Both sides reaffirmed their commitment to working together.", opts);
    expect(b.commitments).toHaveLength(1);
  });
  it("'welcomed the signing of' is a signing and a bilateral maritime exercise is an exercise", () => {
    const s = extract(
      "Canada and Korea held talks in Ottawa on March 3. The two ministers welcomed the signing of the Agreement on Defense Industry Cooperation on March 3.",
      opts,
    );
    expect(s.events.some((e) => e.type === "signing" && e.date === "2026-03-03")).toBe(true);
    const e = extract(
      "The Canadian frigate and the Republic of Korea Navy conducted a bilateral maritime exercise from March 1 to 3, 2026, as Canada and Korea deepen ties.",
      opts,
    );
    expect(e.events.some((x) => x.type === "exercise")).toBe(true);
  });
});
