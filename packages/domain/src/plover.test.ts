/** PLOVER coding of Ties event types. */
import { describe, expect, it } from "vitest";
import { EVENT_TYPES, ploverFor, ZPlover } from "./plover";

describe("ploverFor", () => {
  it.each([
    ["meeting", "CONSULT", "visit"],
    ["summit", "CONSULT", "visit"],
    ["dialogue_round", "CONSULT", "visit"],
    ["visit", "CONSULT", "visit"],
    ["phone_call", "CONSULT", "phone"],
    ["joint_statement", "AGREE", "diplomatic"],
    // PLOVER's CAMEO conversion: 057 "Sign formal agreement" is SUPPORT in the diplomatic context.
    ["signing", "SUPPORT", "diplomatic"],
    ["exercise", "COOPERATE", "military"],
    ["commemoration", "SUPPORT", "diplomatic"],
    ["other", "OTHER", null],
  ] as const)("codes a %s as %s (%s)", (type, code, mode) => {
    expect(ploverFor(type)).toMatchObject({ code, mode });
  });

  it("codes a meeting on a multilateral sideline or in a third country by where it happened", () => {
    expect(ploverFor("meeting", { multilateral: true })).toMatchObject({ code: "CONSULT", mode: "multilateral" });
    expect(ploverFor("summit", { thirdCountry: true })).toMatchObject({ code: "CONSULT", mode: "third-party" });
    expect(ploverFor("dialogue_round", { multilateral: true, thirdCountry: true })).toMatchObject({
      code: "CONSULT",
      mode: "multilateral",
    });
  });

  it("keeps phone calls and visits as they are wherever the parties are", () => {
    expect(ploverFor("phone_call", { multilateral: true })).toMatchObject({ code: "CONSULT", mode: "phone" });
    expect(ploverFor("visit", { thirdCountry: true })).toMatchObject({ code: "CONSULT", mode: "visit" });
  });

  it("gives a valid PLOVER value for every event type", () => {
    for (const type of EVENT_TYPES) {
      expect(ZPlover.safeParse(ploverFor(type)).success, type).toBe(true);
    }
  });
});
