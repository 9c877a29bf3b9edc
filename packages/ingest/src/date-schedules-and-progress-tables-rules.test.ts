/** A schedule opening to someone on a day, and a progress table's rows: their dates are read, and ahead when forecast. */
import { describe, expect, it } from "vitest";
import { isRemoved, read } from "./rules-test-kit";

const dateValueAt = (text: string, phrase: string, published: string) => {
  const at = text.indexOf(phrase);
  return read(text, { published }).dates.find((d) => d.start <= at && at < d.end)?.value;
};

describe("dates: schedules opening to someone, progress tables", () => {
  it("reads 'open to members on Thursday and to the public on Oct. 3' as days ahead", () => {
    const text = "The museum announced its autumn season on Monday. Bookings open to members on Thursday and to the public on Oct. 3.";
    expect(dateValueAt(text, "Thursday", "2030-09-16")).toBe("2030-09-19");
    expect(dateValueAt(text, "Oct. 3", "2030-09-16")).toBe("2030-10-03");
  });
  it("keeps a progress table's rows with a percentage, and reads 'forecast <day>' as ahead", () => {
    const text =
      "The works advanced in May.\n\nDredging, north channel | 100% | completed 12 April\nQuay wall, south berth | 40% | forecast 30 June\nCrane installation | 0% | forecast Q4 2031";
    expect(isRemoved(text, "Dredging, north channel")).toBe(false);
    expect(dateValueAt(text, "12 April", "2030-06-05")).toBe("2030-04-12");
    expect(dateValueAt(text, "30 June", "2030-06-05")).toBe("2030-06-30");
  });
});
