/**
 * Pledges in operators' and boards' notices and in an instrument's terms: a notice's dated passives ("will be posted by"), a
 * service that "will end", steps dated by the start a sentence opens on, a notice's own undertakings under its heading, items
 * of an agreement's terms with no actor named, a body's clause joined by "and", actors taken up by "who", and a country's staff.
 */
import { describe, expect, it } from "vitest";
import { pledgesOf } from "./rules-test-kit";

const as = { published: "2031-04-10", pair: ["PT", "ES"] as [string, string] };

describe("commitments: operators' notices", () => {
  it("reads a notice's dated passives as pledges, and leaves undated ones", () => {
    const pledges = pledgesOf(
      "Portugal and Spain agreed to link their ferry timetables. Twenty crew positions will be posted by May 15, with priority for island residents. Photos of the mission will be posted on our website.",
      as,
    );
    expect(pledges).toContainEqual([expect.stringContaining("Twenty crew positions will be posted by May 15"), "2031-05-15"]);
    expect(pledges.some(([text]) => String(text).includes("on our website"))).toBe(false);
  });
  it("reads people at a place from a day, and a notice issued on its day, as dated steps", () => {
    const pledges = pledgesOf(
      "Portugal and Spain signed a Memorandum of Understanding on Storm Claims on Monday.\n- Surveyors from Atlântico Peritagens (Porto) will be in Vigo from 20 April.\n- Our surveyors will be in Braga to meet clients.\nThe next update for brokers in Portugal and Spain will be issued on or about 5 May.",
      as,
    );
    expect(pledges).toContainEqual([expect.stringContaining("will be in Vigo from 20 April"), "2031-04-20"]);
    expect(pledges).toContainEqual([expect.stringContaining("will be issued on or about 5 May"), "2031-05-05"]);
    expect(pledges.some(([text]) => String(text).includes("Braga"))).toBe(false);
  });
  it("dates each step of a sentence opening on its start, and reads a service that will end on its day", () => {
    const pledges = pledgesOf(
      "Portugal and Spain agreed to open the new crossing. 1. From Monday 2 June 2031, Line F1 (Vigo – Porto) will run every hour, and new Line F3 (Tui – Valença) will start, stopping at both border posts. Service on the old Line F2 (Vigo – Braga) will end on 30 May.",
      as,
    );
    expect(pledges).toContainEqual([expect.stringContaining("Line F1 (Vigo – Porto) will run every hour"), "2031-06-02"]);
    expect(pledges).toContainEqual([expect.stringContaining("new Line F3 (Tui – Valença) will start"), "2031-06-02"]);
    expect(pledges).toContainEqual([expect.stringContaining("will end on 30 May"), "2031-05-30"]);
  });
  it("reads each item under 'What we are committing to' as a pledge, whatever its subject", () => {
    const pledges = pledgesOf(
      "Portugal and Spain signed a Memorandum of Understanding on Flood Claims on Monday.\n\n2. What we are committing to\n(a) Every claim filed before 30 April will have a surveyor visit by 20 May.\n(b) Our Porto office will stay open on Sundays.",
      as,
    );
    expect(pledges).toContainEqual(["Every claim filed before 30 April will have a surveyor visit by 20 May.", "2031-05-20"]);
  });
});

describe("commitments: French notices", () => {
  it("reads 'seront en ligne d'ici ...' as a step with its deadline, and leaves it without one", () => {
    const fr = { published: "2031-04-10", lang: "fr" as const, pair: ["BE", "LU"] as [string, string] };
    const pledges = pledgesOf(
      "La directrice des Archives de Belgique a annoncé que son service prêtera en 2033 des cartes au Luxembourg, et que les 800 plans numérisés du fonds luxembourgeois seront en ligne d'ici la fin de l'année. Les vidéos de la Belgique et du Luxembourg seront en ligne.",
      fr,
    );
    expect(pledges).toContainEqual([expect.stringContaining("seront en ligne d'ici la fin de l'année"), "2031"]);
    expect(pledges.some(([text]) => String(text).includes("Les vidéos"))).toBe(false);
  });
});

describe("commitments: an instrument's terms and its actors", () => {
  it("reads an item of 'Under the agreement:' with no actor named as the pair's step, not a state", () => {
    const pledges = pledgesOf(
      "Portugal and Spain signed a twinning agreement for their border towns. Under the agreement:\n• each town will host up to 12 pupils a year for one term;\n• pupils chosen under the agreement will have access to both libraries.",
      as,
    );
    expect(pledges).toContainEqual(["each town will host up to 12 pupils a year for one term;", null]);
    expect(pledges.some(([text]) => String(text).includes("will have access"))).toBe(false);
  });
  it("reads a body's clause joined by 'and' after another clause, and actors taken up by 'who'", () => {
    const pledges = pledgesOf(
      "Portugal and Spain agreed to share the river survey. Public comment runs until May 2 and the Commission will adopt the survey plan at its meeting of June 4. The court suspended the case at the request of the parties, who have agreed to resume talks on the dam's permit.",
      as,
    );
    expect(pledges).toContainEqual([expect.stringContaining("the Commission will adopt the survey plan"), "2031-06-04"]);
    expect(pledges).toContainEqual([expect.stringContaining("who have agreed to resume talks"), null]);
  });
  it("reads a town of the pair named alone as the subject as a party, and its coordinated pledge too", () => {
    const pledges = pledgesOf(
      "Portugal and Spain signed a school twinning agreement. The mayor told councillors that Vigo would welcome the first group of Portuguese pupils in October and would cover their board.",
      as,
    );
    expect(pledges).toContainEqual([expect.stringContaining("Vigo would welcome the first group"), "2031-10"]);
    expect(pledges).toContainEqual([expect.stringContaining("would cover their board"), null]);
  });
  it("reads a country's staff named by what they do as acting for it", () => {
    const pledges = pledgesOf(
      "Japan and Peru signed a housing framework in Lima on Friday. Japanese engineers will train 400 Peruvian technicians on the site, the minister said.",
      { published: "2031-04-10", pair: ["JP", "PE"] },
    );
    expect(pledges).toContainEqual([expect.stringContaining("Japanese engineers will train 400 Peruvian technicians"), null]);
  });
});
