/** "later that month", "le même mois": the month of the date written just before (sixteenth unseen set). */
import { describe, expect, it } from "vitest";
import { actionsOf, read } from "./rules-test-kit";

describe("dates: the same month as the date before", () => {
  it("reads 'later that month' as the month of the day written before it, and dates a ratification with it", () => {
    const text =
      "Greece and Egypt met. The Agreement on the Delimitation of the Exclusive Economic Zone was signed in Cairo on 6 August 2020 and ratified by the Hellenic Parliament later that month.";
    const as = { published: "2028-05-24", pair: ["GR", "EG"] as [string, string] };
    expect(read(text, as).dates.map((d) => [d.text, d.value])).toContainEqual(["later that month", "2020-08"]);
    expect(actionsOf(text, as)).toContainEqual(["Agreement on the Delimitation of the Exclusive Economic Zone", "ratified", "2020-08"]);
  });
  it("reads nothing when no month was written before it in the sentence", () => {
    expect(read("The parliament ratified it later that month.", { published: "2028-05-24" }).dates).toEqual([]);
  });
});
