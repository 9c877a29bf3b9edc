/** Partial dates: parsing, precision, ordering, period bounds, formatting and ranges. */
import { describe, expect, it } from "vitest";
import {
  addDays,
  compareDateOrRange,
  comparePartialDates,
  dateBounds,
  daysInMonth,
  formatDateRange,
  formatPartialDate,
  isoWeekday,
  isPeriodOver,
  parseDateOrRange,
  parsePartialDate,
  periodContains,
  periodEnd,
  periodStart,
  precisionOf,
  sortPartialDates,
  todayUtc,
  toPartialDate,
  truncate,
  ZDateOrRange,
  ZDay,
  ZPartialDate,
} from "./partial-date";

describe("parsePartialDate", () => {
  it("reads year, month and day precision", () => {
    expect(parsePartialDate("2025")).toEqual({ year: 2025 });
    expect(parsePartialDate("2025-03")).toEqual({ year: 2025, month: 3 });
    expect(parsePartialDate("2025-03-07")).toEqual({ year: 2025, month: 3, day: 7 });
    expect(parsePartialDate(" 2025-03-07 ")).toEqual({ year: 2025, month: 3, day: 7 });
  });

  it.each([
    "2025-02-30",
    "2025-02-29",
    "2023-02-29",
    "1900-02-29",
    "2025-04-31",
    "2025-13",
    "2025-00",
    "2025-03-00",
    "2025-03-32",
    "0000",
    "0000-01-01",
  ])("rejects the impossible date %s", (value) => {
    expect(parsePartialDate(value)).toBeNull();
    expect(ZPartialDate.safeParse(value).success).toBe(false);
  });

  it.each(["25", "2025-3-7", "2025/03/07", "07-03-2025", "2025-03-07T00:00", "", "March 2025"])(
    "rejects the malformed value %j",
    (value) => {
      expect(parsePartialDate(value)).toBeNull();
    },
  );

  it("accepts 29 February only in leap years", () => {
    expect(parsePartialDate("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parsePartialDate("2000-02-29")).toEqual({ year: 2000, month: 2, day: 29 });
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
  });

  it("ZDay wants a full day", () => {
    expect(ZDay.safeParse("2025-03-07").success).toBe(true);
    expect(ZDay.safeParse("2025-03").success).toBe(false);
    expect(ZDay.safeParse("2025").success).toBe(false);
  });
});

describe("precision and truncation", () => {
  it("knows the precision of each form", () => {
    expect(precisionOf("2025")).toBe("year");
    expect(precisionOf("2025-03")).toBe("month");
    expect(precisionOf("2025-03-07")).toBe("day");
  });

  it("truncates to a coarser precision and round-trips through toPartialDate", () => {
    expect(truncate("2025-03-07", "month")).toBe("2025-03");
    expect(truncate("2025-03-07", "year")).toBe("2025");
    expect(truncate("2025-03-07", "day")).toBe("2025-03-07");
    expect(toPartialDate({ year: 987, month: 1, day: 2 })).toBe("0987-01-02");
    expect(() => precisionOf("2025-02-30")).toThrow(RangeError);
  });
});

describe("period bounds", () => {
  it("gives the first and last day of each period", () => {
    expect(periodStart("2025")).toBe("2025-01-01");
    expect(periodStart("2025-03")).toBe("2025-03-01");
    expect(periodEnd("2025")).toBe("2025-12-31");
    expect(periodEnd("2025-04")).toBe("2025-04-30");
    expect(periodEnd("2025-03-07")).toBe("2025-03-07");
  });

  it("ends February on the 29th in leap years only", () => {
    expect(periodEnd("2024-02")).toBe("2024-02-29");
    expect(periodEnd("2023-02")).toBe("2023-02-28");
    expect(periodEnd("2000-02")).toBe("2000-02-29");
    expect(periodEnd("1900-02")).toBe("1900-02-28");
  });

  it("counts a period as over only after its last day", () => {
    expect(isPeriodOver("2025", "2025-12-31")).toBe(false);
    expect(isPeriodOver("2025", "2026-01-01")).toBe(true);
    expect(isPeriodOver("2024-02", "2024-02-29")).toBe(false);
    expect(isPeriodOver("2024-02", "2024-03-01")).toBe(true);
  });

  it("tells whether a day falls inside a period", () => {
    expect(periodContains("2025-03", "2025-03-31")).toBe(true);
    expect(periodContains("2025-03", "2025-04-01")).toBe(false);
    expect(periodContains("2025-03-07", "2025-03-07")).toBe(true);
  });
});

describe("ordering", () => {
  it("orders by the start of the period, coarser first on a tie", () => {
    expect(comparePartialDates("2024-12-31", "2025")).toBeLessThan(0);
    expect(comparePartialDates("2025", "2025-01")).toBeLessThan(0);
    expect(comparePartialDates("2025-03", "2025-03-01")).toBeLessThan(0);
    expect(comparePartialDates("2025-03-01", "2025-03")).toBeGreaterThan(0);
    expect(comparePartialDates("2025-03-07", "2025-03-07")).toBe(0);
    expect(comparePartialDates("2025-03-08", "2025-03-07")).toBeGreaterThan(0);
  });

  it("sorts mixed precisions chronologically without touching the input", () => {
    const items = [{ d: "2025-03-07" }, { d: "2024" }, { d: "2025-03" }, { d: "2024-12-31" }, { d: "2025" }];
    const sorted = sortPartialDates(items, (i) => i.d).map((i) => i.d);
    expect(sorted).toEqual(["2024", "2024-12-31", "2025", "2025-03", "2025-03-07"]);
    expect(items[0]!.d).toBe("2025-03-07");
  });
});

describe("formatting", () => {
  it("writes English at the date's own precision", () => {
    expect(formatPartialDate("2025-03-07")).toBe("7 March 2025");
    expect(formatPartialDate("2025-03")).toBe("March 2025");
    expect(formatPartialDate("2025")).toBe("2025");
  });

  it("writes French with lower-case months and 1er", () => {
    expect(formatPartialDate("2025-03-07", "fr")).toBe("7 mars 2025");
    expect(formatPartialDate("2025-08-01", "fr")).toBe("1er août 2025");
    expect(formatPartialDate("2025-02", "fr")).toBe("février 2025");
  });

  it("writes Korean year-month-day", () => {
    expect(formatPartialDate("2025-03-07", "ko")).toBe("2025년 3월 7일");
    expect(formatPartialDate("2025-03", "ko")).toBe("2025년 3월");
    expect(formatPartialDate("2025", "ko")).toBe("2025년");
  });
});

describe("ranges", () => {
  it("parses single dates and ISO intervals", () => {
    expect(parseDateOrRange("2025-03-07")).toEqual({ start: "2025-03-07", end: "2025-03-07" });
    expect(parseDateOrRange("2023-04-13/2023-04-15")).toEqual({ start: "2023-04-13", end: "2023-04-15" });
    expect(parseDateOrRange("2025-03/2025-05")).toEqual({ start: "2025-03", end: "2025-05" });
  });

  it.each(["2023-04-15/2023-04-13", "2025/2024", "2025-02-30/2025-03-01", "2025-03-01/2025-02-30", "2025/2026/2027", "/2025"])(
    "refuses %s",
    (value) => {
      expect(parseDateOrRange(value)).toBeNull();
      expect(ZDateOrRange.safeParse(value).success).toBe(false);
    },
  );

  it("bounds a date or range by its first and last day", () => {
    expect(dateBounds("2025-03-07")).toEqual({ first: "2025-03-07", last: "2025-03-07", precision: "day" });
    expect(dateBounds("2024-02")).toEqual({ first: "2024-02-01", last: "2024-02-29", precision: "month" });
    expect(dateBounds("2023-04-13/2023-04-15")).toEqual({ first: "2023-04-13", last: "2023-04-15", precision: "day" });
    expect(dateBounds("2024/2025-02")).toEqual({ first: "2024-01-01", last: "2025-02-28", precision: "year" });
    expect(() => dateBounds("2025-02-30")).toThrow(RangeError);
  });

  it("formats ranges compactly within one month in English", () => {
    expect(formatDateRange({ start: "2023-04-13", end: "2023-04-15" })).toBe("13–15 April 2023");
    expect(formatDateRange({ start: "2025-05-30", end: "2025-06-02" })).toBe("30 May 2025 – 2 June 2025");
    expect(formatDateRange({ start: "2025-03-07", end: "2025-03-07" })).toBe("7 March 2025");
    expect(formatDateRange({ start: "2023-04-13", end: "2023-04-15" }, "ko")).toBe("2023년 4월 13일 – 2023년 4월 15일");
  });

  it("orders ranges by start, then by end", () => {
    expect(compareDateOrRange("2023-04-13/2023-04-15", "2023-04-14")).toBeLessThan(0);
    expect(compareDateOrRange("2023-04-13/2023-04-15", "2023-04-13/2023-04-14")).toBeGreaterThan(0);
    expect(compareDateOrRange("2023-04-13", "2023-04-13/2023-04-13")).toBe(0);
  });
});

describe("day arithmetic", () => {
  it("adds days across month, leap-day and year boundaries", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("2025-03-08", -1)).toBe("2025-03-07");
  });

  it("knows the ISO weekday (a Korea Herald 'Friday' before 8 March 2025 is the 7th)", () => {
    expect(isoWeekday("2025-03-07")).toBe(5);
    expect(isoWeekday("2025-03-09")).toBe(7);
    expect(isoWeekday("2025-03-10")).toBe(1);
  });

  it("takes today in UTC", () => {
    expect(todayUtc(new Date("2025-03-07T23:30:00-05:00"))).toBe("2025-03-08");
  });
});
