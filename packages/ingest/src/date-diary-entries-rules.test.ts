/** Dates: a diary's entries, each opening on its day, are the reference of "yesterday", "this morning" and "tomorrow" in them. */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const diary = [
  "Field notes – Laos, March 2031",
  "",
  "Monday, 3 March – Vientiane",
  "Arrived yesterday evening. This morning, a meeting with our partner. The delegation arrives tomorrow.",
  "",
  "Wednesday, 5 March – Luang Prabang",
  "The clinic opened this morning.",
].join("\n");

describe("dates: a diary's entries", () => {
  it("reads each relative day from its entry's heading, not from the publication day", () => {
    const dates = read(diary, { published: "2031-03-08", pair: ["KR", "LA"] })
      .dates.filter((d) => /yesterday|morning|tomorrow/i.test(d.text))
      .map((d) => [d.text, d.value]);
    expect(dates).toEqual([
      ["yesterday", "2031-03-02"],
      ["This morning", "2031-03-03"],
      ["tomorrow", "2031-03-04"],
      ["this morning", "2031-03-05"],
    ]);
  });
  it("leaves a programme of days still to come read from the publication day", () => {
    const programme = diary.replace("Arrived yesterday evening. ", "");
    const dates = read(programme, { published: "2031-02-20", pair: ["KR", "LA"] }).dates.find((d) => d.text === "tomorrow");
    expect(dates?.value).toBe("2031-02-21");
  });
});
