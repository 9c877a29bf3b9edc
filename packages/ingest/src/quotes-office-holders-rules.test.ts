/**
 * Quotes given by an office with its article ("the Prime Minister said", "a déclaré le Ministre d'État"): the person named
 * with that office as a title, not whoever was named last.
 */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const quotesIn = (text: string, pair: [string, string], lang: "en" | "fr" = "en") =>
  read(text, { published: "2032-05-10", lang, pair }).quotes.map((q) => [q.speaker, q.text]);

describe("quotes: an office stands for the person who holds it", () => {
  it("gives 'the Prime Minister said' to the prime minister named bare, not to the other country's", () => {
    const text =
      'Prime Minister Ana Lindqvist met the Prime Minister of Norway, Erik Dahl, in Oslo today. "Our archives belong to both of our peoples," the Prime Minister said.';
    expect(quotesIn(text, ["SE", "NO"])).toContainEqual(["Ana Lindqvist", "Our archives belong to both of our peoples,"]);
  });

  it("gives 'the Minister said' to the minister, not to the counterpart named after him", () => {
    const text =
      'Minister of Trade and Industry Pavel Novak signed the deal after talks with his Slovak counterpart, Jana Kovac. "The river joins us more than it divides us," the Minister said.';
    expect(quotesIn(text, ["CZ", "SK"])).toContainEqual(["Pavel Novak", "The river joins us more than it divides us,"]);
  });

  it("reads a French office with its complement after the quote, its holder named after a comma", () => {
    const text =
      "Le Ministre d'État, Paul Fabre, a reçu le Chef du Gouvernement du Liechtenstein, Anton Frick. « Nos deux pays sont voisins par le cœur et par la loi », a déclaré le Ministre d'État.";
    expect(quotesIn(text, ["MC", "LI"], "fr")).toContainEqual(["Paul Fabre", "Nos deux pays sont voisins par le cœur et par la loi"]);
  });

  it("reads the office as the subject of a lead-in opening on a time and a place", () => {
    const text =
      'Prime Minister Ana Lindqvist leaves for Oslo on Monday.\n\nHost: On Friday in Malmö the Prime Minister said Sweden wants "to be the partner Norway trusts most." Is that enough?';
    expect(quotesIn(text, ["SE", "NO"])).toContainEqual(["Ana Lindqvist", "to be the partner Norway trusts most."]);
  });
});

describe("quotes: an office's quote goes on, and a colon introduces a speaker's words", () => {
  it("gives the next quote after 'the Minister said at ...' to the same holder", () => {
    const text =
      'Minister of Trade and Industry Pavel Novak met his Slovak counterpart, Jana Kovac. "The river joins us," the Minister said at a press conference. "We will keep it clean together."';
    expect(quotesIn(text, ["CZ", "SK"])).toContainEqual(["Pavel Novak", "We will keep it clean together."]);
  });

  it("gives a quote to the person whose short clause closes on a colon before it", () => {
    const text =
      'President Lee Ji-hoon met Prime Minister Tom Walsh in Seoul. Lee was just as blunt: "We will buy what Canada builds, if it builds it soon."';
    expect(quotesIn(text, ["KR", "CA"])).toContainEqual(["Lee Ji-hoon", "We will buy what Canada builds, if it builds it soon."]);
  });
});
