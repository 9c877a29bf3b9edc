/**
 * Agreement rules from the twenty-fifth unseen set: a chronology's steps told of an agreement named before ("Negotiations
 * were launched ...", "the treaty entered into force", "ratified it", "after it was signed"), and a name after a place.
 */
import { describe, expect, it } from "vitest";
import { actionsOf, read } from "./rules-test-kit";

const PE_CL = { published: "2031-05-09", pair: ["PE", "CL"] as [string, string] };

describe("agreements: a chronology's steps", () => {
  it("gives a sentence opening on bare negotiations to the agreement the sentence before opens on", () => {
    const text =
      "The Peru–Chile Free Trade Agreement (PCFTA) was Peru's first trade agreement in the region. Negotiations were launched in July 2005 and, after 9 rounds, concluded on 11 March 2006.";
    const found = actionsOf(text, PE_CL);
    expect(found).toContainEqual(["Peru–Chile Free Trade Agreement", "negotiations_launched", "2005-07"]);
    expect(found).toContainEqual(["Peru–Chile Free Trade Agreement", "concluded", "2006-03-11"]);
  });
  it("reads 'The protocol was signed' and 'ratified it' as steps of the protocol named before", () => {
    const text =
      "On 6 May 2031, the minister tabled in the Congress of the Republic the Protocol Amending the Peru–Chile Free Trade Agreement. The protocol was signed in Lima on 18 February 2031 by the two trade ministers. Chile's Senate ratified it on 24 April 2031.";
    const found = actionsOf(text, PE_CL);
    expect(found).toContainEqual(["Protocol Amending the Peru–Chile Free Trade Agreement", "signed", "2031-02-18"]);
    expect(found).toContainEqual(["Protocol Amending the Peru–Chile Free Trade Agreement", "ratified", "2031-04-24"]);
  });
  it("reads 'the treaty entered into force' and dates 'after it was signed in ...' by its own clause", () => {
    const text =
      "Last Friday, in Lima, our two countries exchanged the instruments of ratification of the Treaty on the Maritime Boundary between Peru and Chile. With that exchange the treaty entered into force, almost 16 years after it was signed in Vienna in August 2015.";
    const found = actionsOf(text, { published: "2031-06-10", pair: ["PE", "CL"] });
    expect(found).toContainEqual(["Treaty on the Maritime Boundary between Peru and Chile", "entered_into_force", "2031-06-06"]);
    expect(found).toContainEqual(["Treaty on the Maritime Boundary between Peru and Chile", "signed", "2015-08"]);
  });
  it("reads 'the protocol' for no agreement described only by its kind ('an amending protocol')", () => {
    const text =
      "Notes: The Parties raised the age limit to 35 years by an amending protocol signed at Lima on 14 June 2029; the protocol entered into force on 1 October 2029.";
    const found = actionsOf(text, PE_CL);
    expect(found.map((a) => a[1])).not.toContain("entered_into_force");
  });
  it("keeps a demonstrative to the parties of the sentence that named the agreement", () => {
    const text =
      "Japan and Canada signed an agreement on the protection of classified military information on Monday. The Foreign Minister and his Canadian counterpart signed the agreement in Tokyo.";
    expect(read(text, { published: "2026-03-24", pair: ["KR", "CA"] }).agreements).toEqual([]);
  });
});

describe("agreements: a reference article's chronology lines", () => {
  it("reads each line's milestone as a step of the agreement the article names, dated by the line", () => {
    const text =
      "The Peru–Chile Grain Supply Agreement is a treaty between Peru and Chile.\n\nChronology\n- 12 March 2029 – In Lima, the two ministers agree to open negotiations.\n- 30 June 2030 – Negotiators conclude the text in Santiago.\n- 17 January 2031 – The Congress of Peru gives its consent to ratification; Chile's decree follows on 24 February.";
    const found = actionsOf(text, { published: "2031-08-21", pair: ["PE", "CL"] });
    expect(found).toContainEqual(["Peru–Chile Grain Supply Agreement", "negotiations_launched", "2029-03-12"]);
    expect(found).toContainEqual(["Peru–Chile Grain Supply Agreement", "concluded", "2030-06-30"]);
    expect(found).toContainEqual(["Peru–Chile Grain Supply Agreement", "ratified", "2031-01-17"]);
  });
});
