/**
 * The furniture that closes a page about the publisher rather than the text: the regulator that licenses a firm, the page's
 * suggested citation of itself, a land acknowledgement, the pictures' credit, a data vendor's call to book a demo and an
 * address closing on a French telephone; a news page's and a public body's lines under the story (the comment thread's
 * login prompt, an address bar, the error and tip buttons, the readers' tip line, the unit in charge of a release, the
 * licence of the body's pages, the portal's link beside the language switch); and the lines of the same shapes that are
 * the text's own (a byline naming the print edition, a blog's note on the day of its next post).
 */
import { describe, expect, it } from "vitest";
import { isRemoved } from "./rules-test-kit";

const ARTICLE = "Fiji and Tonga signed a memorandum on inter-island ferries in Suva on 3 June 2031.";
/** Whether the line, set under the article on a page of its own, is removed. */
const removedUnderArticle = (line: string) => isRemoved([ARTICLE, "", line].join("\n"), line);

/**
 * Each line with whether it goes: a firm's licence, the page's citation of itself, a land acknowledgement, the pictures' credit,
 * a vendor's demo call, an address closing on a French telephone and a link to the next post by its title go; the article's
 * sentence on a regulator, a caption telling what a picture shows, a byline naming its print edition and a note on the
 * weekday of the next post stay.
 */
const LINES: ReadonlyArray<[string, boolean]> = [
  ["Harbour Re Ltd. is licensed by the Financial Services Commission of Jamaica (Class B).", true],
  ["Nordsee Versicherung AG is authorised and regulated by BaFin. This notice does not amend your policy.", true],
  ["Cite this page: National Archives of Fiji, Series 14, file 3.", true],
  ["Pour citer cet article : Revue du Pacifique, no 12, 2031.", true],
  ["The Harbour Society acknowledges that it works on the traditional, unceded territory of the Musqueam people.", true],
  ["Nous reconnaissons que nos bureaux sont situés sur le territoire ancestral et non cédé des Wendat.", true],
  ["Photos: Studio Nord / Ville de Suva – free to use with credit", true],
  ["Crédit photo : Ville de Lévis", true],
  ["Track every tender with Pacific Bids Pro. Book a demo", true],
  ["Suivez vos chantiers avec ChantierData. Demander une démo", true],
  ["Mairie de Wallis, rue du Port, 98600 Mata-Utu | 0681 72 03 00", true],
  ["Archives de Lyon, 1 place des Archives | 04 78 92 32 50", true],
  ["Next post: Day 5 – Vava'u", true],
  ["The central bank said the new exchange is licensed by the Tongan authorities since May.", false],
  ["Photo: Ministers Rabuka and Tu'ipulotu sign the memorandum in Suva.", false],
  ["By Mele Taufa | 4 June 2031 | Print edition, p. 12", false],
  ["Next post: Thursday, from the reef station.", false],
  ["Article suivant : samedi, depuis Nuku'alofa.", false],
  // The comment thread's login prompt; a sentence about logging in.
  ["Log in to comment | House rules", true],
  ["Sign in to reply", true],
  ["Connectez-vous pour réagir", true],
  ["Log in to comment on the draft fisheries plan, the ministry told the island's cooperatives in a letter sent on Monday.", false],
  // An address bar whose first item is a long street address; a news page's error and tip buttons.
  ["Legislative Assembly of Tonga, Fale Alea, Taufa'ahau Road, Kolomotu'a, Nuku'alofa (Tongatapu) TO 0101 | 676 555-0199", true],
  ["Assemblée de la Polynésie française, rue du Docteur-Cassiau, BP 28, 98713 Papeete (Tahiti) | Tél. 40 41 63 00", true],
  ["Report an Error | Submit a News Tip", true],
  ["Submit a tip | Contact the newsroom", true],
  ["Fisheries patrols to resume | Report by the joint committee", false],
  // A readers' tip line: write to an address and call a number; a sentence naming an address.
  ["Got a story? Write to us at news@example.to or call 1 888 555-0134.", true],
  ["Une info à partager ? Écrivez-nous à redaction@example.pf ou appelez au 40 55 01 02.", true],
  ["The ministry said complaints sent to info@example.to would be answered within a week.", false],
  // The unit in charge of a release, and the licence line of a public body's pages; sentences on a charge and on a use.
  ["Department in charge: Pacific Affairs Division, Ministry of Foreign Affairs", true],
  ["Office in charge: Fisheries Cooperation Team", true],
  ['This work may be used under the terms of the "Open Government Licence v3.0".', true],
  ["This page may be reused under the conditions of the Public Sector Reuse Licence.", true],
  ["The division in charge of the patrols will report to the joint committee in September.", false],
  ["This work may be used by both navies under the agreement signed in March.", false],
  // The government portal's link beside the language switch.
  ["Canada.ca | Français", true],
  ["gov.nu.ca | FR", true],
];

describe("boilerplate: a firm's licence, a citation, a land acknowledgement, a photo credit, a demo call, a French telephone", () => {
  it.each(LINES)("%s is removed: %s", (line, removed) => {
    expect(removedUnderArticle(line)).toBe(removed);
  });
});
