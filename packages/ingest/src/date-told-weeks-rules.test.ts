/** Date rules from the twenty-seventh unseen set: weekdays in the week the text tells, agenda abbreviations, spaced dots. */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const datesOf = (text: string, published: string, lang: "en" | "fr" = "en") =>
  read(text, { published, lang, pair: ["PE", "KE"] }).dates.map((d) => [d.text, d.value]);
const dateValue = (text: string, needle: string, published: string, lang: "en" | "fr" = "en") =>
  read(text, { published, lang, pair: ["PE", "KE"] }).dates.find((d) => d.text.includes(needle))?.value;

describe("dates: weekdays in the week the text tells", () => {
  it("reads an agenda's abbreviated French weekday as naming the year", () => {
    expect(dateValue("Lun. 10 nov. – Lima : ouverture du salon du livre péruvien.", "10 nov", "2031-11-09", "fr")).toBe("2031-11-10");
    expect(dateValue("Du mar. 4 au mer. 5 nov. – Nairobi\nSession du comité mixte.", "4", "2031-11-09", "fr")).toBe(
      "2031-11-04/2031-11-05",
    );
  });
  it("reads a weekday opening an agenda line after a dated line as the next such day", () => {
    const text = "Mer. 12 nov. – Lima : entretien des deux ministres.\nJeudi – Cusco : visite du ministre kényan du Tourisme.";
    expect(dateValue(text, "Jeudi", "2031-11-09", "fr")).toBe("2031-11-13");
  });
  it("reads 'the Tuesday' after a stay's dates as the Tuesday of that stay", () => {
    const text = "Kenya's trade minister was in Lima from 31st March to 2nd April. On the Tuesday she opened a coffee fair.";
    expect(dateValue(text, "Tuesday", "2031-04-08")).toBe("2031-04-01");
  });
  it("reads a French second-person future as ahead", () => {
    expect(dateValue("Madame la Ministre, vous serez à Cusco vendredi.", "vendredi", "2031-05-15", "fr")).toBe("2031-05-16");
  });
  it("reads the paragraph under a 'What's next' heading set apart by a blank line as ahead", () => {
    const text = "What's next\n\nOn Friday, the last day of the tour, the delegation returns to Nairobi.";
    expect(dateValue(text, "Friday", "2030-10-09")).toBe("2030-10-11");
  });
  it("reads no day in a weekday that recurs", () => {
    expect(datesOf("Chaque dimanche, la rédaction publie son agenda.", "2031-11-09", "fr")).toEqual([]);
    expect(datesOf("The bulletin goes out every Sunday.", "2031-11-09")).toEqual([]);
  });
});

describe("dates: numeric dates with spaced dots", () => {
  it("reads '31. 12. 2030' as day, month, year", () => {
    expect(datesOf("The licence lapsed on 31. 12. 2030 and the review closes 4. 7. 2031.", "2031-06-20")).toEqual([
      ["31. 12. 2030", "2030-12-31"],
      ["4. 7. 2031", "2031-07-04"],
    ]);
  });
});

describe("dates: years told from another year, a chronology's line, a list of what is to come", () => {
  it("counts 'the following year' from a past year written before it in its sentence", () => {
    expect(
      dateValue("The accord was signed in Lima on 8 May 2009 and ratified by Kenya the following year.", "following", "2031-07-16"),
    ).toBe("2010");
    expect(dateValue("Kenya will ratify the accord the following year.", "following", "2031-07-16")).toBe("2032");
  });
  it("reads a month without its year on a chronology's line in the line's year", () => {
    const text =
      "Chronology\n- 12 March 2029 – Ministers agree to talk.\n- Late February 2030 – Second round, Lima; a third follows in May.";
    expect(dateValue(text, "May", "2031-08-21")).toBe("2030-05");
  });
  it("reads a list item's yearless date after an item dated ahead as ahead", () => {
    const text =
      "Calendrier :\n- Date limite : vendredi 27 février, 16 h\n- Accueil des élèves kényans : du 12 au 23 avril\n- Voyage : du 8 au 20 oct. 2032";
    expect(dateValue(text, "12 au 23", "2032-02-03", "fr")).toBe("2032-04-12/2032-04-23");
  });
  it("reads what a French call asks for as ahead", () => {
    expect(dateValue("Le syndicat appelle à une grève de 48 heures les 10 et 11 févr.", "févr", "2032-01-27", "fr")).toBe(
      "2032-02-10/2032-02-11",
    );
  });
});

describe("dates: a day heading after a paragraph", () => {
  it("reads a weekday heading set apart by a blank line as the text's own week, not the week after a date before it", () => {
    const text =
      "Greetings from Nairobi! Here is what we did today.\n\nMonday: arrival and welcome\n\nThe delegation landed on Monday afternoon.";
    expect(dateValue(text, "Monday", "2030-10-09")).toBe("2030-10-07");
  });
});

describe("dates: the next morning", () => {
  it("reads 'The next morning' as the day after the last day named", () => {
    expect(
      dateValue("The talks were held in Lima on 1 April. The next morning the minister spoke at a forum.", "next morning", "2031-04-14"),
    ).toBe("2031-04-02");
  });
});
