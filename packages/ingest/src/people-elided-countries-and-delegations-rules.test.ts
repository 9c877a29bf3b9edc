/**
 * People rules from the forty-third unseen set: a French office naming its country after an elided "d'" ("ambassadeur
 * d'Italie", "d'Arabie saoudite"), and a visiting delegation's country, which is not its hosts'.
 */
import { describe, expect, it } from "vitest";
import { extract } from "./extract";
import { titleBefore } from "./people";

const person = (text: string, name: string, pair: string[]) =>
  extract(text, { published: "2031-05-06", lang: "fr", pair: pair as never }).people.find((p) => p.name === name);

describe("people: French offices naming their country after an elided article", () => {
  it("reads the country after 'd'' as the office's side", () => {
    const text = "Le ministre a reçu l'ambassadeur d'Italie, Marco Bellini, pour un entretien.";
    const t = titleBefore(text, text.indexOf("Marco"), 0);
    expect(t?.title).toBe("ambassadeur d'Italie");
    expect(t?.side).toBe("IT");
  });
  it("reads a country's name whose adjective French writes in lower case", () => {
    const text = "Le ministre s'est entretenu avec l'ambassadeur de Guinée équatoriale, Pedro Nsue, lundi.";
    expect(titleBefore(text, text.indexOf("Pedro"), 0)?.side).toBe("GQ");
    const other = "Le ministre s'est entretenu avec l'ambassadeur d'Arabie saoudite, Nasser Al-Qahtani, lundi.";
    expect(person(other, "Nasser Al-Qahtani", ["ML", "SA"])?.side).toBe("SA");
  });
});

describe("people: a visiting delegation's country", () => {
  it("does not give a visiting delegation's country to the head of government who receives it", () => {
    const text = "La délégation sénégalaise, arrivée lundi, a été reçue mercredi par le Premier ministre, Oumar Traoré.";
    expect(person(text, "Oumar Traoré", ["ML", "SN"])?.side).not.toBe("SN");
  });
});

describe("people: a meeting's name in a calendar", () => {
  it("reads no person in 'Annual General Meeting'", () => {
    const text = "Upcoming events\n- May 15: Annual General Meeting and elections, Lima Marriott\n\nPeru and Chile met in Lima.";
    const names = extract(text, { published: "2031-05-06", lang: "en", pair: ["PE", "CL"] }).people.map((p) => p.name);
    expect(names).not.toContain("Meeting");
  });
});

describe("people: a place word as a family name", () => {
  it("reads 'Lake' as a family name after an honorific, and not in a lake's name", () => {
    const text = "The Prime Minister, the Hon. Gerald Lake, welcomed the Chilean delegation. Lake Titicaca lies far to the north.";
    const people = extract(text, { published: "2031-05-06", lang: "en", pair: ["PE", "CL"] }).people;
    expect(people.map((p) => p.name)).toContain("Gerald Lake");
    expect(people.map((p) => p.name)).not.toContain("Gerald");
  });
});
