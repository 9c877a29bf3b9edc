/** Boilerplate rules from the eighteenth to twenty-second unseen sets: the furniture around and under a release or a page. */
import { describe, expect, it } from "vitest";
import { isRemoved } from "./rules-test-kit";

const ARTICLE = "The two ministers met in Lima on 3 June 2031 and signed a memorandum on port logistics.";
const page = (...lines: string[]) => [ARTICLE, "", ...lines].join("\n");
/** Each line, set under the article on a page of its own, is removed; the failure names the line. */
const expectEachRemoved = (lines: readonly string[]) => {
  for (const line of lines) expect(isRemoved(page(line), line), line).toBe(true);
};
/** The line, set under the article on a page of its own, stays. */
const expectKept = (line: string) => expect(isRemoved(page(line), line), line).toBe(false);

describe("boilerplate: contacts and the office that signs a release", () => {
  it("removes a contact after its label, in English and French", () => {
    expectEachRemoved([
      "Contact: Treaty Division (044-210-5555)",
      "Enquiries: Ms Ana Ruiz, Spokesperson, 082 555 0101",
      "For inquiries: Public Affairs Team, +82-31-555-0000",
      "For further information: Media Relations, Port Authority, 613-555-0100",
      "Renseignements : Direction des communications, Port de Lima",
      "Pour toute question : Service consulaire, 514 555-0101",
      "Personne-ressource pour les médias : Direction de la communication",
      "Adresse pour l'envoi de questions : Service de presse, Berne",
    ]);
  });
  it("removes 'Media enquiries' and what follows it", () => {
    const text = page("Media enquiries", "Press office, 020 5555 0000");
    expect(isRemoved(text, "Press office")).toBe(true);
    expect(isRemoved(text, ARTICLE)).toBe(false);
  });
  it("removes the issuing office on its own line, and keeps a sentence that starts the same way", () => {
    expectEachRemoved([
      "Direction de la Communication – MINTOUR",
      "Public Relations Unit, Ministry of Fisheries",
      "Office of Communications and Image — MINPRO",
      "Issued by the Department of Trade, Pretoria",
      "Published by the Senate",
    ]);
    expectKept("Issued by the ministry on Friday, the statement welcomed the agreement.");
    expect(isRemoved(page("Service de communication de la Présidence"), "Service de communication")).toBe(false);
  });
  it("removes a line of pipes that holds a telephone, a web address or a footer's links, whatever the number of items", () => {
    expectEachRemoved([
      "Port Authority – 12, avenue du Port, Dakar | Tél. : +221 33 555 00 00 | www.port.sn",
      "Harbour Lines Co., Ltd. | 10, Harbour-ro, Busan | Tel. +82 51 555 0000",
      "Website Policies | Help | Contact Us | Visitors: 12,345,678",
      "Mentions légales | Plan du site",
    ]);
    expect(isRemoved(page("Korea and Canada | partners"), "Korea and Canada | partners")).toBe(false);
  });
});

describe("boilerplate: the notes that close a page", () => {
  it("removes a publisher's disclaimer and keeps an article's sentence on views", () => {
    expectEachRemoved([
      "This note is for information only and does not constitute an offer.",
      "Les opinions exprimées dans cette chronique n'engagent que leurs auteurs.",
      "This summary was prepared by the institute. The views expressed are those of the speakers.",
      "Schedules are subject to change.",
    ]);
    expectKept("The minister said the views of both governments were close on the tariff schedule.");
  });
  it("removes a release's end mark however it is dressed, and what follows it", () => {
    for (const mark of ["— ENDS —", "(END)", "END"]) {
      const text = page(mark, "Media office, 020 5555 0000");
      expect(isRemoved(text, mark)).toBe(true);
      expect(isRemoved(text, "Media office")).toBe(true);
      expect(isRemoved(text, ARTICLE)).toBe(false);
    }
  });
  it.each([
    [
      "a reproduction notice and a wire's first-publication line",
      [
        "ⓒ Office of the Premier. Unauthorised reproduction prohibited.",
        "Les contenus publiés sur ce site sont protégés par le droit d'auteur.",
        "This report by The Harbour Wire was first published June 3, 2031.",
      ],
    ],
    [
      "the lines that let a reader leave a mailing list",
      [
        "To unsubscribe from this bulletin, click here.",
        "Pour vous désabonner, cliquez ici.",
        "Vous recevez ce bulletin en tant que membre de la chambre. Se désinscrire",
      ],
    ],
    ["a printed page's running footer", ["Page 2 of 5"]],
    [
      "a short line pointing to a web address",
      [
        "Available on the Internet: http://www.example.org",
        "Pour réécouter l'entrevue : https://radio.example.ca/balado",
        "The full report is available at www.example.org.",
      ],
    ],
  ])("removes %s", (_what, lines) => expectEachRemoved(lines));
});

describe("boilerplate: the page's own links and tools", () => {
  it("removes a breadcrumb from the home page and a two-level one with '›'", () => {
    expectEachRemoved(["Home / Foreign policy / Bilateral relations", "Accueil / Transport / Avis", "Events › Past events"]);
    expect(isRemoved(page("Exports / imports rose by 4 per cent"), "Exports / imports")).toBe(false);
  });
  it("removes a language switch", () => {
    expectEachRemoved(["FR | EN", "Polski | English"]);
  });
  it("removes a social post's furniture: a bar of actions between dots, a handle's follow button, a translate link", () => {
    expectEachRemoved(["Reply · Repost · Like · Share", "@PortOfLima · Follow", "Translate post", "Trending in Peru · #Ports · 9K posts"]);
  });
  it("removes lines of social links and invitations to follow, and keeps a sentence naming networks", () => {
    expectEachRemoved([
      "Connect with us: Facebook | X | YouTube",
      "Revoir l'émission | Partager : Facebook · WhatsApp · X",
      "Follow the Harbour Times on Facebook and X",
      "Follow the Ministry on social media.",
    ]);
    expectKept("The ministry posted the video on Facebook and X after the signing, and it drew wide comment.");
  });
  it("removes links back to a list or the top, page tools and a search box", () => {
    expectEachRemoved([
      "Back to news",
      "Go to list",
      "Retour à la liste des actualités",
      "Retour en haut de page",
      "Partager la page",
      "Rechercher…",
      "Sponsored content",
      "Short link:",
      "Was this page helpful? Yes / No",
      "Visitor Counter : 412",
      "Download the presentation slides (PDF, 2.3 MB)",
      "Read this release in: Spanish",
      "Ce site utilise des cookies pour mesurer l'audience.",
    ]);
  });
  it("removes related-links lines and headings in their other wordings, with the list under a heading", () => {
    expectEachRemoved([
      "Related content: Ports | Fisheries | Consular information",
      "More briefs: Asia | Americas | Markets",
      "Vous aimerez aussi : Le port s'agrandit",
      "À lire également : Le port s'agrandit",
    ]);
    const text = page("Related coverage", "- Explainer: What is a port state?", "- Opinion: The harbour deal");
    expect(isRemoved(text, "- Explainer: What is a port state?")).toBe(true);
  });
});
