/**
 * Agreement rules: a year that tells which text an instrument is, written before its head ("their 2027 maritime patrol
 * arrangement", "their 2028 memorandum on coastal research", "the 2026 agreement on road transport"), belongs to its name.
 */
import { describe, expect, it } from "vitest";
import { actionsOf } from "./rules-test-kit";

const actions = (text: string) => actionsOf(text, { published: "2031-05-20", pair: ["CR", "PA"] }).map(([name, action]) => [name, action]);

describe("agreements: a year before the head", () => {
  it("keeps the year before a head whose subject comes first", () => {
    expect(
      actions("Costa Rica and Panama agreed on Monday to extend their 2027 maritime patrol arrangement for four more years."),
    ).toContainEqual(["2027 maritime patrol arrangement", "extended"]);
  });

  it("keeps the year before a head whose subject comes after it", () => {
    expect(
      actions("In Panama City on Monday, Costa Rica and Panama renewed their 2028 memorandum on coastal research until 2036."),
    ).toContainEqual(["2028 memorandum on coastal research", "extended"]);
    expect(
      actions("In Panama City on Monday, Costa Rica and Panama renewed the 2026 agreement on road transport until 2036."),
    ).toContainEqual(["2026 agreement on road transport", "extended"]);
  });
});
