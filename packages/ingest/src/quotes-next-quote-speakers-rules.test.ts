/** Quotes closed by their own full stop: a speaker named after one, whose sentence opens another quotation, is that one's. */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const quotesIn = (text: string) =>
  read(text, { published: "2032-05-10", lang: "en", pair: ["PE", "CL"] }).quotes.map((q) => [q.speaker, q.text]);

describe("quotes: a speaker introducing the next quotation", () => {
  it("leaves the quote before to the speaker named before it", () => {
    const text =
      'Peru and Chile signed a port deal. Minister Carla Ruiz told reporters that "the port is our shared door to the world." Minister Jorge Soto said: "We will open it wider next year."';
    const found = quotesIn(text);
    expect(found).toContainEqual(["Carla Ruiz", "the port is our shared door to the world."]);
    expect(found).not.toContainEqual(["Jorge Soto", "the port is our shared door to the world."]);
    expect(found).toContainEqual(["Jorge Soto", "We will open it wider next year."]);
  });
  it("keeps a speaker named between two parts of one quotation", () => {
    const text =
      'Peru and Chile signed a port deal. "The port is our shared door to the world," Minister Jorge Soto said, "and we will open it wider."';
    expect(quotesIn(text)).toContainEqual(["Jorge Soto", "The port is our shared door to the world,"]);
  });
});
