/**
 * Page furniture: a state office's address among the page's last lines and its name over it, "Also read:" over headlines, a refresh button, a site search, a keyword line, a reporter's e-mail
 * line and a revision stamp under an unlabelled publication stamp.
 */
import { describe, expect, it } from "vitest";
import { isRemoved } from "./rules-test-kit";

const body = "The two ministers signed a fisheries arrangement in Apia on 4 March 2031, officials said.";

describe("boilerplate: footer addresses", () => {
  it("removes a ministry's address and the office's name over it at the page's end", () => {
    const page = `${body}\n\nConsulate General of Ruritania in Apia\n22 Harbour Street, Apia, AB1 2CD\nCopyright © Ministry of Foreign Affairs.`;
    expect(isRemoved(page, "22 Harbour Street, Apia, AB1 2CD")).toBe(true);
    expect(isRemoved(page, "Consulate General of Ruritania in Apia")).toBe(true);
    const office = `${body}\n\nMinistry of Fisheries, 14 Beach Road, Matautu, Apia, Samoa\nAll rights reserved.`;
    expect(isRemoved(office, "Ministry of Fisheries, 14 Beach Road")).toBe(true);
    const street = `${body}\n\nPrime Minister's Office | Vana maja, Toompea 5, 10130 Tallinn\nPrint`;
    expect(isRemoved(street, "Toompea 5, 10130 Tallinn")).toBe(true);
    expect(isRemoved(page, "signed a fisheries arrangement")).toBe(false);
  });
  it("keeps a university's address, a dateline with its day and an address in the body", () => {
    const campus = `${body}\n\nPacific Ocean University, Block C2, 18 Lagoon Avenue, Apia 12345\nCopyright © 2031`;
    expect(isRemoved(campus, "Pacific Ocean University")).toBe(false);
    const dateline = `Apia, Samoa | March 4, 2031, Tuesday\n\n${body}`;
    expect(isRemoved(dateline, "March 4, 2031")).toBe(false);
    const venue = `The forum meets at 22 Harbour Street, Apia, AB1 2CD\n\n${body}\n\nSecond paragraph.\n\nThird.\n\nFourth.\n\nFifth.\n\nSixth.`;
    expect(isRemoved(venue, "22 Harbour Street")).toBe(false);
  });
});

describe("boilerplate: links, buttons and stamps", () => {
  it("removes 'Also read:' and the headlines under it", () => {
    const page = `${body}\n\nAlso read:\nHarbour road closed on Monday\nFerry fares to rise\n\n© 2031 Apia Daily`;
    expect(isRemoved(page, "Also read:")).toBe(true);
    expect(isRemoved(page, "Ferry fares to rise")).toBe(true);
  });
  it("removes a refresh button, a site search, a keyword line and a reporter's e-mail line", () => {
    const page = `Search Gov.ws\nRafraîchir\n\n${body}\n\nWrite to Jane Roe at jroe@example.com\nSearch for related information by keyword: Trade | Fisheries | Speeches`;
    expect(isRemoved(page, "Search Gov.ws")).toBe(true);
    expect(isRemoved(page, "Rafraîchir")).toBe(true);
    expect(isRemoved(page, "Write to Jane Roe at jroe@example.com")).toBe(true);
    expect(isRemoved(page, "Search for related information by keyword")).toBe(true);
  });
  it("removes a revision stamp to the minute under a publication stamp without its label", () => {
    const page = `Ferry deal signed\n\nJane Roe\n4 March, 2031, 09:40 pm\nLast modified: 4 March, 2031, 10:05 pm\n\n${body}`;
    expect(isRemoved(page, "Last modified: 4 March, 2031, 10:05 pm")).toBe(true);
    expect(isRemoved(page, "4 March, 2031, 09:40 pm")).toBe(false);
  });
});
