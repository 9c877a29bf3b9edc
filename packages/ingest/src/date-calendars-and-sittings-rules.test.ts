/**
 * Dates: a calendar's entries under "Upcoming" each headed by their own date line; a body's sitting in the present
 * tense ("meets Wednesday", "resumes the week of June 23"); a weekday after an event's hours told earlier on its line; a
 * weekday in a list after a date ahead; "the same day" in a clause that looks ahead.
 */
import { describe, expect, it } from "vitest";
import { read } from "./rules-test-kit";

const valuesOf = (text: string, published: string, lang: "en" | "fr" = "en") =>
  read(text, { published, lang, pair: ["NO", "CL"] }).dates.map((d) => [d.text, d.value]);

describe("dates: calendars and sittings", () => {
  it("reads every entry of an upcoming calendar as ahead, each headed by a short date line", () => {
    const text = [
      "À VENIR",
      "",
      "Mardi 8 avril, 18 h",
      "Soirée du cinéma chilien à l'ambassade. Sur invitation.",
      "",
      "Du 14 au 16 avril",
      "Visite d'une délégation commerciale de la région du Biobío à Oslo et à Bergen.",
      "",
      "ACTIVITÉS RÉCENTES",
      "",
      "Le 2 mars, l'ambassadeur a rencontré le maire de Stavanger.",
    ].join("\n");
    expect(valuesOf(text, "2031-03-28", "fr")).toEqual([
      ["Mardi 8 avril", "2031-04-08"],
      ["Du 14 au 16 avril", "2031-04-14/2031-04-16"],
      ["Le 2 mars", "2031-03-02"],
    ]);
  });
  it("reads a body's sitting in the present tense as ahead, with or without 'on'", () => {
    expect(valuesOf("The joint fisheries committee meets Thursday in Valparaíso.", "2031-09-15")).toEqual([["Thursday", "2031-09-18"]]);
    expect(valuesOf("Talks on the salmon quota resume the week of 6 October.", "2031-09-15")).toEqual([
      ["the week of 6 October", "2031-10-06/2031-10-12"],
    ]);
    expect(valuesOf("Le comité mixte se réunit jeudi à Oslo.", "2031-09-15", "fr")).toEqual([["jeudi", "2031-09-18"]]);
  });
  it("keeps a weekday after an event's hours told earlier on its line", () => {
    expect(
      valuesOf(
        "The embassy's mobile service is on Saturday, 20 September, from 9 a.m. to 4 p.m. in the town hall of Tromsø. Please register with the consular section by Wednesday.",
        "2031-09-14",
      ),
    ).toEqual([
      ["Saturday, 20 September", "2031-09-20"],
      ["Wednesday", "2031-09-17"],
    ]);
  });
  it("counts a listed weekday from the day of writing even after a listed date ahead", () => {
    expect(
      valuesOf("• The Chilean wine fair opens on 3 May.\n• Last Sunday's concert for the Norwegian sailors is now online.", "2031-04-10"),
    ).toEqual([
      ["3 May", "2031-05-03"],
      ["Last Sunday", "2031-04-06"],
    ]);
  });
  it("takes 'le même jour' of a day ahead when its clause looks ahead", () => {
    expect(
      valuesOf(
        "Le 28 avril, le ministre a annoncé la visite. La délégation chilienne sera reçue le lundi 12 mai. La signature aura lieu le même jour à l'hôtel de ville d'Oslo.",
        "2031-05-02",
        "fr",
      ),
    ).toEqual([
      ["Le 28 avril", "2031-04-28"],
      ["le lundi 12 mai", "2031-05-12"],
      ["le même jour", "2031-05-12"],
    ]);
  });
});
