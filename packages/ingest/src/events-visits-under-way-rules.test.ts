/** A visit under way told beside another event ("during X's visit to Y from A to B", "en marge de la mission de ... en Z"). */
import { describe, expect, it } from "vitest";
import { eventsOf } from "./rules-test-kit";

describe("events: visits under way beside another event", () => {
  it("reads 'during <name>'s visit to <country> from A to B' as a visit over those days", () => {
    expect(
      eventsOf(
        "The director of the National Archives of Chile and the head of the Australian War Memorial signed the letter during Director Rojas's visit to Australia from May 4 to 9.",
        { published: "2030-05-12", pair: ["CL", "AU"] },
      ),
    ).toContainEqual(["2030-05-04/2030-05-09", "visit", null]);
  });
  it("dates a signing told during a mission by its own day, and the mission by its range", () => {
    const found = eventsOf(
      "Le 3 mars dernier, à Dakar, le ministre sénégalais et la ministre malienne ont signé une entente, en marge de la mission de la ministre au Sénégal (du 1er au 4 mars).",
      { published: "2030-04-10", lang: "fr", pair: ["SN", "ML"] },
    );
    expect(found).toContainEqual(["2030-03-03", "signing", "Dakar"]);
    expect(found).toContainEqual(["2030-03-01/2030-03-04", "visit", "Dakar"]);
  });
});
