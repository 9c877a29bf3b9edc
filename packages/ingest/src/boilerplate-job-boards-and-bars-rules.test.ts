/**
 * A job board's buttons and alerts, a short breadcrumb under the site's menu, a menu closing on a language switch,
 * hotline and contact lines with an international number, attachment lines, a "Prev | Next" bar, "see also" and
 * "related ..." lines, a survey's "was this useful" and a price disclaimer are page furniture.
 */
import { describe, expect, it } from "vitest";
import { isRemoved } from "./rules-test-kit";

const body = "The two ministers met in Windhoek on Tuesday to review the corridor programme.";

describe("boilerplate: job boards, short breadcrumbs, bars and attachment lines", () => {
  it("removes a job board's buttons, its similar postings and its e-mail alert", () => {
    const text = `${body}\n\nApply now | Save this job\nSimilar jobs: Policy officer, Chile – Lima office | Trade analyst, Peru\nRecevez les offres semblables par courriel : Je m'abonne`;
    expect(isRemoved(text, "Apply now | Save this job")).toBe(true);
    expect(isRemoved(text, "Similar jobs: Policy officer")).toBe(true);
    expect(isRemoved(text, "Je m'abonne")).toBe(true);
  });
  it("removes a two-item breadcrumb with '>' under the menu bar, even after a blank line, not under a newspaper's name alone", () => {
    const underMenu = `Namibia Wildlife Trust\nHome | About | Programmes | Newsroom | Donate\nNewsroom > Field notes\n\n${body}`;
    expect(isRemoved(underMenu, "Newsroom > Field notes")).toBe(true);
    const afterBlank = `Namibia Wildlife Trust\nHome | About | Programmes | Newsroom | Donate\n\nPublications > Annual reports\n\n${body}`;
    expect(isRemoved(afterBlank, "Publications > Annual reports")).toBe(true);
    const underName = `The Windhoek Courier\nNews > Politics\n\n${body}`;
    expect(isRemoved(underName, "News > Politics")).toBe(false);
  });
  it("removes a menu bar closing on a language switch even when a season's years are in it", () => {
    const text = `Opera | Season 2030-2031 | Tickets | Friends | PT | EN\n\n${body}`;
    expect(isRemoved(text, "Season 2030-2031 | Tickets")).toBe(true);
  });
  it("removes a hotline and a contact line with an international telephone after a pipe", () => {
    const text = `${body}\n\nEmergency hotline: Namibia +264 61 201 3300 | Angola +244 222 330 114\nSADC Secretariat, Gaborone: Logistics Officer | +267 395 1863`;
    expect(isRemoved(text, "Emergency hotline")).toBe(true);
    expect(isRemoved(text, "Logistics Officer | +267 395 1863")).toBe(true);
  });
  it("removes attachment lines, a 'Prev: ... | Next: ...' bar, 'see also' and 'related ...' lines after a page tool", () => {
    const text = `${body}\n\nAttachments: Joint communiqué.pdf | Photo_0412.jpg\nList | Prev: Ministers open the grain fair | Next: Office closed on Heroes' Day\nVoir aussi : Le programme de bourses 2031 | Résultats du concours\nPrint | Related: Situation report No. 4 | Appeal summary\nRelated audits: Northern Roads (2029) | Rural Clinics (2028)`;
    expect(isRemoved(text, "Attachments: Joint")).toBe(true);
    expect(isRemoved(text, "List | Prev: Ministers")).toBe(true);
    expect(isRemoved(text, "Voir aussi : Le programme")).toBe(true);
    expect(isRemoved(text, "Print | Related: Situation")).toBe(true);
    expect(isRemoved(text, "Related audits: Northern")).toBe(true);
  });
  it("removes a survey's 'was this information useful' after its label and a price disclaimer", () => {
    const text = `${body}\n\nFeedback: Was this page helpful? Yes | No\nQuotes are indicative and do not constitute an offer. Source: LME.`;
    expect(isRemoved(text, "Feedback: Was this page helpful?")).toBe(true);
    expect(isRemoved(text, "Quotes are indicative")).toBe(true);
  });
});
