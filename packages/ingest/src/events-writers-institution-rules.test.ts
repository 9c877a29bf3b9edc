/** Event rules from the thirty-third unseen set: a visit to the writer's own institution, placed in the town of its address. */
import { describe, expect, it } from "vitest";
import { eventsOf } from "./rules-test-kit";

describe("events: the writer's institution", () => {
  it("places a visit to 'the Gallery' in the town of the street address the page's furniture gives", () => {
    const text = [
      "HARBOURFRONT GALLERY",
      "Visit | Exhibitions | Collection | Shop",
      "",
      "Iceland's Minister of Culture, Lilja Gunnarsdottir, visited the Gallery on Tuesday with Canada's Ambassador to Iceland to see the loan from the national collection.",
      "",
      "Harbourfront Gallery, 250 Harbour Square, Halifax NS B3J 1A1 | 902-555-0142",
      "© 2033 Harbourfront Gallery | Privacy",
    ].join("\n");
    expect(eventsOf(text, { published: "2033-04-14", pair: ["IS", "CA"] })).toContainEqual(["2033-04-12", "visit", "Halifax"]);
  });
});

describe("events: a territory of one town", () => {
  it("places a signing 'in Macao' in the town", () => {
    expect(
      eventsOf(
        "The memorandum was signed in Macao on Friday by Hong Kong's Secretary for Justice and Macao's Secretary for Administration and Justice.",
        {
          published: "2033-05-16",
          pair: ["HK", "MO"],
        },
      ),
    ).toContainEqual(["2033-05-13", "signing", "Macao"]);
  });
});
