/** Agreement rules: known short names, actions read from context, and the occasion's date for undated actions. */
import { describe, expect, it } from "vitest";
import { actionFor } from "./agreements";
import { extract } from "./extract";

const known = {
  agreements: [
    { id: "ckfta", name: "Canada-Korea Free Trade Agreement", shortName: "CKFTA", variants: [] },
    { id: "csp", name: "Canada-Korea Comprehensive Strategic Partnership", variants: [] },
  ],
};

describe("agreements", () => {
  it("finds a known agreement by its short name alone", () => {
    const text =
      "Canadian and Korean officials met in Seoul yesterday. Both sides reaffirmed their commitment to the full implementation of the CKFTA.";
    const x = extract(text, { published: "2025-11-27", lang: "en", known });
    expect(x.agreements.find((a) => a.match?.id === "ckfta")).toMatchObject({ action: "reaffirmed", date: "2025-11-26" });
  });
  it("reads 'upgraded ... to a partnership' as launching it and 'established under' as no action on the agreement", () => {
    const s1 = "The two countries upgraded their relationship to a Comprehensive Strategic Partnership in September 2022.";
    expect(actionFor(s1, s1.indexOf("Comprehensive"))?.action).toBe("launched");
    const s2 = "Officials met for the fifth meeting of the Joint Committee established under the Canada-Korea Free Trade Agreement.";
    expect(actionFor(s2, s2.indexOf("Canada-Korea"))?.action).not.toBe("launched");
  });
  it("dates an undated action by the day the text gave the occasion", () => {
    const text =
      "1. The Vice Minister held a dialogue with the Deputy Minister of Foreign Affairs of Canada on February 3 (Tue.), 2026 in Seoul.\n\n2. Korea and Canada noted progress in September 2022 and since.\n\n3. On the occasion of the Dialogue, the two sides signed the Amendment to the ROK-Canada Youth Mobility Arrangement.";
    const x = extract(text, { published: "2026-02-04", lang: "en", known });
    expect(x.agreements.find((a) => /Youth Mobility/.test(a.name))?.date).toBe("2026-02-03");
  });
});

describe("agreements: French names", () => {
  it("keeps the adjective after a lowercase French partnership name ('partenariat stratégique global')", () => {
    const x = extract("Le Canada et la Corée ont établi le partenariat stratégique global en 2022.", {
      published: "2026-03-18",
      lang: "fr",
    });
    expect(x.agreements.map((a) => a.name.toLowerCase())).toContain("partenariat stratégique global");
  });
});

describe("an agreement's own action inside a 'since' clause", () => {
  it("keeps its date", () => {
    const x = extract(
      "Speaker Woo noted that trade between Korea and Canada had nearly doubled since the Korea-Canada Free Trade Agreement entered into force on January 1, 2015.",
      { published: "2026-12-03", lang: "en" },
    );
    expect(x.agreements.find((a) => a.action === "entered_into_force")?.date).toBe("2015-01-01");
  });
});
