/**
 * Dates: a season's end, a season joined to another, the year's end told with a verb, a plan's name, an exhibition's run,
 * a present-tense schedule or trip with its town, and a list item told in the past.
 */
import { describe, expect, it } from "vitest";
import { read, type ReadAs } from "./rules-test-kit";

const datesOf = (text: string, as: ReadAs) => read(text, as).dates.map((d) => [d.text, d.value]);

describe("dates: seasons and the year's end", () => {
  it("reads a season's end as its last month", () => {
    const en = datesOf("Peru and Chile signed the deal. Chile will open the crossing by the end of the summer.", {
      published: "2031-04-02",
      pair: ["PE", "CL"],
    });
    expect(en).toContainEqual(["by the end of the summer", "2031-08"]);
    const before = datesOf("Senegal and Gambia met. Banjul must deliver the ferry before the end of summer 2032.", {
      published: "2031-04-02",
      pair: ["SN", "GM"],
    });
    expect(before).toContainEqual(["before the end of summer 2032", "2032-08"]);
  });
  it("reads a season joined by 'and' to one just named as a date of its own", () => {
    const dates = datesOf("Ghana and Togo met. Ghana will host Togolese interns in the spring and summer.", {
      published: "2032-11-16",
      pair: ["GH", "TG"],
    });
    expect(dates).toContainEqual(["in the spring", "2033-03/2033-05"]);
    expect(dates).toContainEqual(["summer", "2033-06/2033-08"]);
  });
  it("reads 'before the year ends' as the year", () => {
    const dates = datesOf("Kenya and Uganda met. The council wants a meeting with the minister before the year ends.", {
      published: "2032-11-16",
      pair: ["KE", "UG"],
    });
    expect(dates).toContainEqual(["before the year ends", "2032"]);
  });
  it("reads 'dès l'automne' ahead", () => {
    const dates = datesOf("Un comité mixte dès l'automne\n\nLe Bénin et le Niger ont signé une entente mercredi.", {
      published: "2031-05-15",
      lang: "fr",
      pair: ["BJ", "NE"],
    });
    expect(dates).toContainEqual(["l'automne", "2031-09/2031-11"]);
  });
});

describe("dates: names and schedules", () => {
  it("does not read the year of a national plan's name as a date", () => {
    const texts = datesOf(
      "Qatar and Kuwait met. The port is a pillar of Vision Qatar 2035, and Kuwait Vision 2040 also gives logistics a central place.",
      { published: "2030-03-12", pair: ["QA", "KW"] },
    ).map(([t]) => t);
    expect(texts).not.toContain("2035");
    expect(texts).not.toContain("2040");
  });
  it("reads an exhibition's run without a year as the one still ahead", () => {
    const dates = datesOf("L'exposition « Jade », présentée du 20 mai au 3 septembre, réunit des pièces du Vietnam et du Laos.", {
      published: "2031-05-15",
      lang: "fr",
      pair: ["VN", "LA"],
    });
    expect(dates).toContainEqual(["du 20 mai au 3 septembre", "2031-05-20/2031-09-03"]);
  });
  it("reads a present-tense schedule or trip with its town as ahead", () => {
    const dates = datesOf(
      "Peru and Chile met. The Year of Friendship opens in Lima in January. The minister arrives in Santiago in December.",
      { published: "2032-11-16", pair: ["PE", "CL"] },
    );
    expect(dates).toContainEqual(["in January", "2033-01"]);
    expect(dates).toContainEqual(["in December", "2032-12"]);
    const trip = datesOf("Peru and Chile met. Tomorrow I travel to Cusco, and on Thursday to Arequipa.", {
      published: "2034-04-25",
      pair: ["PE", "CL"],
    });
    expect(trip).toContainEqual(["on Thursday", "2034-04-27"]);
  });
  it("keeps a list item told in the past behind, after an item dated ahead", () => {
    const dates = datesOf(
      "Energy\n\n- Under the Memorandum, a working group will meet in Hanoi in the first quarter of 2031.\n- The leaders welcomed the entry into force on August 1 of the arrangement on minerals.\n",
      { published: "2030-10-16", pair: ["VN", "LA"] },
    );
    expect(dates).toContainEqual(["August 1", "2030-08-01"]);
  });
});
