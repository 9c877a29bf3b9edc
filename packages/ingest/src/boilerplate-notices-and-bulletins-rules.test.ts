/**
 * The furniture of bulletins and notices from congregations, unions, agencies and magazines: the next issue's date, the
 * members' list, a donation account, office hours, a weekly schedule, a row of buttons, a note to the desks, a union's
 * sign-off and print line, a call for readers' news and an update stamp in figures; a notice's lines on where to send
 * questions, a station's call for messages by SMS, a post's reading time, a call to follow a hashtag and a page's
 * feedback question.
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
/** Each furniture line, under the lead on one page, is removed; each kept line, on a page of its own lines, stays. */
function describeFurniture(title: string, lead: string, furniture: readonly string[], kept: readonly string[]): void {
  const page = [lead, "", ...furniture].join("\n");
  const keptPage = [lead, ...kept].join("\n");
  describe(title, () => {
    it.each(furniture)("removes %s", (line) => {
      expect(isRemoved(page, line)).toBe(true);
    });
    it.each(kept)("keeps %s", (line) => {
      expect(isRemoved(keptPage, line)).toBe(false);
    });
    it("keeps the lead among the furniture", () => {
      expect(isRemoved(page, lead)).toBe(false);
    });
  });
}

// An exhibition's hours, a fixture list and a sentence of solidarity are the bulletin's own news.
describeFurniture(
  "boilerplate: a bulletin's furniture",
  "Fiji and Samoa agreed on 2 May 2031 to pool their fisheries patrols.",
  furniture,
  [
    "Opening hours: Wednesday–Sunday 10:00–18:00",
    "Saturday 3 June: Fiji v Samoa | Sunday 4 June: Tonga v Fiji",
    "In solidarity with the crews, the council passed a motion.",
  ],
);

// A notice's numbered paragraph on queries, a sentence on messages and a byline with its reading time are content.
describeFurniture(
  "boilerplate: where to ask, how to write in, and a post's furniture",
  "Samoa and Tonga signed a shipping protocol in Apia on 3 June 2031.",
  [
    "Enquiries regarding this Circular should be addressed to the Registry of Ships, Apia, at registry@example.ws.",
    "Questions concerning the subject of this Bulletin should be referred to the Port Health Office, Nuku'alofa.",
    "Les questions concernant cet avis doivent être adressées à la Direction des affaires maritimes, Nouméa.",
    "Send your greetings by SMS to 4455 before Friday noon.",
    "Envoyez vos dédicaces par SMS au 8 200 (gratuit).",
    "Temps de lecture : 6 min",
    "5 min read",
    "Follow the mission: #TeamSamoa #PacificTrade",
    "Suivez la tournée : #DanseEnOcéanie",
    "Did you get the answer you needed? Yes | No",
  ],
  [
    "6. Queries regarding this Circular should be addressed to the Compliance Desk, quoting its reference.",
    "Listeners sent 400 messages by SMS to the station during the broadcast from Apia.",
    "Posted by Lena Tui | 3 June 2031 | 5 min read",
    "Follow-up talks: Samoa and Tonga meet again in July.",
  ],
);
