/**
 * A site's masthead over its menu bar (one or two lines; a state's own masthead stays, a firm naming a region or a town goes), a newsletter's masthead naming its issue and day, and a capitalised heading naming
 * the kind of document.
 */
import { describe, expect, it } from "vitest";
import { isRemoved } from "./rules-test-kit";

const body = "\n\nThe two governments signed a cultural agreement in Suva on 4 March 2031.";

describe("boilerplate: a masthead over the site's menu", () => {
  it.each(["NZMA | New Zealand Music Association", "Seoul Union Church | 서울유니온교회", "Musée des Confluences | Lyon"])(
    "removes %s above a menu bar",
    (masthead) => {
      const page = `${masthead}\nHome | About | Members | Awards | Contact${body}`;
      expect(isRemoved(page, masthead)).toBe(true);
      expect(isRemoved(page, "signed a cultural agreement")).toBe(false);
    },
  );
  it("keeps a section's name over the menu, and a masthead with no menu under it", () => {
    const section = `Banque Boréale | Analyses économiques\nParticuliers | Entreprises | Analyses | Nous joindre${body}`;
    expect(isRemoved(section, "Banque Boréale | Analyses économiques")).toBe(false);
    const alone = `NZMA | New Zealand Music Association${body}`;
    expect(isRemoved(alone, "NZMA | New Zealand Music Association")).toBe(false);
  });
});

describe("boilerplate: a masthead of one or two names over the site's menu", () => {
  const menu = "Concerts | Tickets | Education | Donate | Contact";
  it.each([
    "KESTREL BRASS ENSEMBLE",
    "ODPM – Office of Disaster Preparedness and Management",
    "Radio Emmanuel 97.3 FM | The voice of the Church in Tonga",
    // A firm or a paper naming a region or a town, a firm's legal form, a number's abbreviation, a library, an institute.
    "DELTA COAST FERRIES",
    "DOUGLAS BAY SHIPPING",
    "Harbour Insurance Company Ltd.",
    "SOUTH SEAS COACH LINES INC.",
    "Fraser School District No. 41",
    "Te Puna | National Library of New Zealand",
    "Tonga Institute of Marine Science",
    // A newspaper's name, even one naming its state; a public body's office.
    "Tasmania Gazette",
    "Samoa Observer",
    "LE QUOTIDIEN DE LA RÉUNION",
    "Legislative Assembly of Nunavut",
    "Secrétariat général du gouvernement",
    "Ministry of Marine Resources",
  ])("removes %s alone above a menu bar", (masthead) => {
    const page = `${masthead}\n${menu}${body}`;
    expect(isRemoved(page, masthead)).toBe(true);
    expect(isRemoved(page, "signed a cultural agreement")).toBe(false);
  });
  it("removes two masthead lines stacked over the menu", () => {
    const page = `NORTHERN ISLANDS PORT AUTHORITY\nHARBOUR MASTER'S OFFICE\n${menu}${body}`;
    expect(isRemoved(page, "NORTHERN ISLANDS PORT AUTHORITY")).toBe(true);
    expect(isRemoved(page, "HARBOUR MASTER'S OFFICE")).toBe(true);
  });
  it("removes an office stacked over the state's name, and the office's line under a state's masthead that names it too", () => {
    const under = `Ministry of Fisheries | Marine Division\nKingdom of Tonga\n${menu}${body}`;
    expect(isRemoved(under, "Ministry of Fisheries | Marine Division")).toBe(true);
    expect(isRemoved(under, "Kingdom of Tonga")).toBe(true);
    const over = `Government of the Cook Islands\nMinistry of Foreign Affairs of the Cook Islands\n${menu}${body}`;
    expect(isRemoved(over, "Government of the Cook Islands")).toBe(false);
    expect(isRemoved(over, "Ministry of Foreign Affairs of the Cook Islands")).toBe(true);
  });
  it("removes the office's name in the island's tongue under a state's masthead, and keeps a sentence there", () => {
    const local = `Office of the President of Palau\nOchib er a Rubak\n${menu}${body}`;
    expect(isRemoved(local, "Office of the President of Palau")).toBe(false);
    expect(isRemoved(local, "Ochib er a Rubak")).toBe(true);
    const sentence = `Office of the President of Palau\nWelcome to the official site, visitors.\n${menu}${body}`;
    expect(isRemoved(sentence, "Welcome to the official site")).toBe(false);
  });
  it("removes a press page's name over the portal's link beside the language switch", () => {
    const text = `Yukon Newsroom\nYukon.ca | Français\n${body}`;
    expect(isRemoved(text, "Yukon Newsroom")).toBe(true);
    expect(isRemoved(text, "Yukon.ca | Français")).toBe(true);
  });
  it("keeps a show's name over a tagline naming a state, and a paper's name with no menu under it", () => {
    const show = `THE REEF REPORT\nA podcast on Tonga and its neighbours\n${menu}${body}`;
    expect(isRemoved(show, "THE REEF REPORT")).toBe(false);
    expect(isRemoved(`Samoa Observer${body}`, "Samoa Observer")).toBe(false);
  });
  it("keeps a state's masthead naming its country, and removes the office's line under it", () => {
    const page = `REPUBLIC OF PALAU\nBUREAU OF MARINE TRANSPORTATION\n${menu}${body}`;
    expect(isRemoved(page, "REPUBLIC OF PALAU")).toBe(false);
    expect(isRemoved(page, "BUREAU OF MARINE TRANSPORTATION")).toBe(true);
    const alone = `THE JUDICIARY OF TONGA\n${menu}${body}`;
    expect(isRemoved(alone, "THE JUDICIARY OF TONGA")).toBe(false);
    expect(isRemoved(`KINGDOM OF TONGA\n${menu}${body}`, "KINGDOM OF TONGA")).toBe(false);
  });
  it("keeps a newspaper's name over a market ticker, and a sentence over the menu", () => {
    const ticker = `FIJI TIMES\nSPSE 8,412 ▲0.4% | FJD/USD 0.44 | Brent $81.20${body}`;
    expect(isRemoved(ticker, "FIJI TIMES")).toBe(false);
    const sentence = `Welcome to our site. We play every Friday.\n${menu}${body}`;
    expect(isRemoved(sentence, "Welcome to our site")).toBe(false);
    const abbreviation = `Our ferries run daily. Book now\n${menu}${body}`;
    expect(isRemoved(abbreviation, "Our ferries run daily")).toBe(false);
  });
});

describe("boilerplate: a newsletter's masthead with its issue", () => {
  const page = [
    "Quarterly newsletter of the Embassy of Fiji | No. 14 | 2 March 2031",
    "",
    "Fiji and Samoa opened a joint consulate in Auckland.",
    "",
    "Subscribe to our newsletter",
  ].join("\n");
  it("keeps a masthead naming its issue and day between dashes", () => {
    const dashed = "MEMBERS' NEWSLETTER – Issue 12 – March 4, 2031\n\nFiji and Samoa opened a joint consulate in Auckland.";
    expect(isRemoved(dashed, "MEMBERS' NEWSLETTER – Issue 12 – March 4, 2031")).toBe(false);
  });
  it("keeps the masthead whose issue date is the text's, and removes the sign-up line", () => {
    expect(isRemoved(page, "Quarterly newsletter of the Embassy of Fiji | No. 14 | 2 March 2031")).toBe(false);
    expect(isRemoved(page, "Subscribe to our newsletter")).toBe(true);
  });
});

describe("boilerplate: a capitalised heading naming the document", () => {
  const page = ["MEMORANDUM ON VISA WAIVER", "", "Ghana and Togo waived visas for diplomats.", "", "CHEAP VISA ONLINE APPLY NOW"].join(
    "\n",
  );
  it("keeps the heading and removes the link-ad", () => {
    expect(isRemoved(page, "MEMORANDUM ON VISA WAIVER")).toBe(false);
    expect(isRemoved(page, "CHEAP VISA ONLINE APPLY NOW")).toBe(true);
  });
});
