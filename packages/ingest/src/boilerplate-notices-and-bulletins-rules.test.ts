/**
 * The furniture of bulletins and notices from congregations, unions, agencies and magazines: the next issue's date, the
 * members' list, a donation account, office hours, a weekly schedule, a row of buttons, a note to the desks, a union's
 * sign-off and print line, a call for readers' news and an update stamp in figures.
 */
import { describe, expect, it } from "vitest";
import { isRemoved } from "./rules-test-kit";

const furniture = [
  "The next report will be published on 12 June 2031.",
  "Member countries: Fiji, Samoa, Tonga, Vanuatu",
  "Temple donations: Bank of South Pacific 1200-445-9921 (Wat Lao)",
  "Office hours: Monday to Friday, 8:30 a.m. to 4 p.m.",
  "Weekly meetings: Tuesday 6 p.m. Choir | Thursday 7:30 p.m. Bible Study",
  "Condolences: Light a candle | Send flowers | Share",
  "Note to assignment desks: times are Pacific; details may change. Slug: DIARY-0611.",
  "In solidarity, your Bargaining Committee",
  "CUPE Local 4400 – Printed by union labour.",
  "Send us your news: email notes@alumni.example.ac.nz by 15 March for the winter issue.",
  "Mis à jour : 14/05/2031",
];
const bulletin = ["Fiji and Samoa agreed on 2 May 2031 to pool their fisheries patrols.", "", ...furniture].join("\n");

describe("boilerplate: a bulletin's furniture", () => {
  it.each(furniture)("removes %s", (line) => {
    expect(isRemoved(bulletin, line)).toBe(true);
  });
  it("keeps the news, an exhibition's hours, a fixture list and a sentence of solidarity", () => {
    const page = [
      "Fiji and Samoa agreed on 2 May 2031 to pool their fisheries patrols.",
      "Opening hours: Wednesday–Sunday 10:00–18:00",
      "Saturday 3 June: Fiji v Samoa | Sunday 4 June: Tonga v Fiji",
      "In solidarity with the crews, the council passed a motion.",
    ].join("\n");
    expect(isRemoved(bulletin, "Fiji and Samoa agreed")).toBe(false);
    for (const line of page.split("\n")) expect(isRemoved(page, line)).toBe(false);
  });
});
