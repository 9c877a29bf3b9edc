/** Events: leaders who meet within a summit already told meet on its sidelines; the summit stays one event. */
import { describe, expect, it } from "vitest";
import { eventsOf } from "./rules-test-kit";

describe("events: a leaders' meeting during a summit", () => {
  it("reads the presidents' bilateral meeting on the summit's second day as a meeting", () => {
    expect(
      eventsOf(
        "President Aldo Moreno of Chile and Prime Minister Ingrid Dahl of Norway attended the Ocean Leaders' Summit in Valparaíso on April 9 and 10. The two leaders also held a bilateral meeting at the naval museum on the second day.",
        { published: "2031-04-15", pair: ["CL", "NO"] },
      ),
    ).toEqual([
      ["2031-04-09/2031-04-10", "summit", "Valparaíso"],
      ["2031-04-10", "meeting", "Valparaíso"],
    ]);
  });
});
