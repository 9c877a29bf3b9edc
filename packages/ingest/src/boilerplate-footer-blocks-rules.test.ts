/**
 * A page's footer block and its contact block: the heading over a contact line, a line lying between two footer lines,
 * legal links, a telephone opening an address bar or with a one-digit area code, a firm's or a charity's registration
 * numbers, and an office signing a circular with no name over it.
 */
import { describe, expect, it } from "vitest";
import { isRemoved } from "./rules-test-kit";

const ARTICLE = "Ghana and Togo signed a memorandum on cross-border power trading in Lomé on 8 May 2031.";
const page = (...lines: string[]) => [ARTICLE, "", ...lines].join("\n");

describe("boilerplate: a contact block's heading", () => {
  it.each([
    ["Procurement officer", "Ama Mensah, Senior Buyer | ama.mensah@ppa.example.gh | 0302-555-0188"],
    ["Nous joindre", "Service des partenariats : partenariats@example.tg | +228 22 21 55 00"],
  ])("removes %s over the contact line", (heading, contact) => {
    const text = page(heading, contact);
    expect(isRemoved(text, heading)).toBe(true);
    expect(isRemoved(text, ARTICLE)).toBe(false);
  });
  it("keeps a heading over the article's own lines, and a heading set apart from the contact by a blank line", () => {
    const heading = page("Award details", "Contract award date: 9 May 2031");
    expect(isRemoved(heading, "Award details")).toBe(false);
    const apart = page("Next steps", "", "Ama Mensah | ama.mensah@ppa.example.gh | 0302-555-0188");
    expect(isRemoved(apart, "Next steps")).toBe(false);
  });
});

describe("boilerplate: a line between two footer lines", () => {
  it.each([
    "Serving the energy ministries of West Africa since 1998",
    "Bâtiment C, 12, avenue de la Paix, Lomé BP 1200",
    "Please note: we never ask for fees by e-mail. Report any such request.",
  ])("removes %s between the address and the copyright in the last paragraph", (line) => {
    const text = page("WAPP Secretariat, PK 6 Zone des Ambassades, Cotonou | +229 21 37 41 95", line, "© 2031 West African Power Pool");
    expect(isRemoved(text, line)).toBe(true);
  });
  it("keeps such a line above the last paragraph, on a page of one paragraph, under a mailing line, and a long paragraph", () => {
    const single = [ARTICLE, "Terms of use | Privacy", "Next board meeting: 4 June 2031 in Accra", "© 2031 WAPP"].join("\n");
    expect(isRemoved(single, "Next board meeting")).toBe(false);
    const notLast = page(
      "Terms of use | Privacy | Accessibility",
      "The pool's board met in Accra.",
      "© 2031 WAPP",
      "",
      "Ghana leads the next phase.",
    );
    expect(isRemoved(notLast, "The pool's board met in Accra.")).toBe(false);
    const letter = page(
      "To unsubscribe from this bulletin, write to us.",
      "Embassy of Ghana, 8 Rue Tokoin, Lomé",
      "© 2031 Embassy of Ghana",
    );
    expect(isRemoved(letter, "Embassy of Ghana, 8 Rue Tokoin, Lomé")).toBe(false);
    const long = `The two grid operators will exchange real-time dispatch data from July under a protocol that the secretariat drafted and that both regulators have now approved in writing, after two years of talks.`;
    expect(isRemoved(page("Terms of use | Privacy | Accessibility", long, "© 2031 WAPP"), long)).toBe(false);
  });
});

describe("boilerplate: legal links, telephones and registration numbers in a footer", () => {
  it("removes two legal links between pipes, and keeps a two-item line that names no legal page", () => {
    expect(isRemoved(page("Terms of use | Privacy"), "Terms of use | Privacy")).toBe(true);
    expect(isRemoved(page("Accessibilité | Politique de confidentialité"), "Accessibilité")).toBe(true);
    expect(isRemoved(page("Power trading | A new market"), "Power trading | A new market")).toBe(false);
  });
  it("removes an address bar opened by a labelled North American telephone or closed by one with a one-digit area code", () => {
    const box = "Ticket office 902-555-0164 | 18 Spring Garden Road, Halifax NS";
    expect(isRemoved(page(box), box)).toBe(true);
    const paris = "Maison de l'Afrique SARL, 4, rue de Rivoli, 75004 Paris | +33 1 45 55 01 01";
    expect(isRemoved(page(paris), paris)).toBe(true);
  });
  it("removes a firm's registration numbers in a bar and a French charity's number", () => {
    const firm = "Company registration no. 104-81-55555 | Customs licence no. 2019-3";
    expect(isRemoved(page(firm), firm)).toBe(true);
    const charity = "Numéro d'organisme de bienfaisance : 11894 5521 RR0001";
    expect(isRemoved(page(charity), charity)).toBe(true);
  });
});

describe("boilerplate: an office signing a circular with no name over it", () => {
  it("removes the office alone, and keeps it as the title under a signer's name", () => {
    const unsigned = page("Director, Energy Trading Unit", "", "© 2031 West African Power Pool");
    expect(isRemoved(unsigned, "Director, Energy Trading Unit")).toBe(true);
    const signed = page("Kofi Asante", "Director, Energy Trading Unit", "", "© 2031 West African Power Pool");
    expect(isRemoved(signed, "Director, Energy Trading Unit")).toBe(false);
  });
});
