/**
 * Events: a joint communiqué opening the text is issued in the town that opens the line of its day ("Lomé, 9 July 2031");
 * a media advisory's "WHAT:" field names what it announces, no event.
 */
import { describe, expect, it } from "vitest";
import { eventsOf, triggerTypes } from "./rules-test-kit";

describe("events: a joint communiqué's town", () => {
  it("places the communiqué in the town before its day, under the title", () => {
    expect(
      eventsOf(
        "Joint Communiqué of the Governments of Ghana and Togo on the Annual Consultation\n\nLomé, 9 July 2031\n\nThe Prime Minister of Ghana and the Prime Minister of Togo held talks in Lomé on 8 July 2031.\n",
        { published: "2031-07-09", pair: ["GH", "TG"] },
      ),
    ).toContainEqual(["2031-07-09", "joint_statement", "Lome"]);
  });
  it("leaves it in no town when no town opens that line", () => {
    expect(
      eventsOf(
        "Joint Communiqué of the Governments of Ghana and Togo on the Annual Consultation\n\n9 July 2031\n\nThe Prime Minister of Ghana and the Prime Minister of Togo held talks in Lomé on 8 July 2031.\n",
        { published: "2031-07-09", pair: ["GH", "TG"] },
      ),
    ).toContainEqual(["2031-07-09", "joint_statement", null]);
  });
  it("reads no event in a media advisory's WHAT field", () => {
    expect(triggerTypes("WHAT: 3rd Ghana-Togo Leadership Summit and signing of the Border Markets Compact")).toEqual([]);
    expect(triggerTypes("The 3rd Ghana-Togo Leadership Summit was held in Accra.")).toEqual(["summit"]);
  });
});
