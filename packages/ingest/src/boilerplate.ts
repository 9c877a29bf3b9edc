/**
 * Boilerplate removal. Web pages around an article carry navigation, ads, "Related Articles"
 * with other stories, comment forms, app promos, translation links, author bios, copyright and
 * newsletter lines. They are classified line by line (plus inline ad runs), reported as removed
 * spans, and masked out so that nothing in them can yield a record.
 */
import type { BoilerplateKind } from "@ties/domain";
import { findCountryMentions } from "./country-mentions";
import { foldText } from "./normalize-name";
import type { Span } from "./text-span";
import { wordStart } from "./word-start";

export interface BoilerplateBlock extends Span {
  kind: BoilerplateKind;
  removed: boolean;
  rule: string;
  confidence: number;
}

interface LineRule {
  kind: Exclude<BoilerplateKind, "content">;
  rule: string;
  test: RegExp;
  /** The rest of the document after this line is boilerplate too (a comment thread, notes, an author box). */
  toEnd?: boolean;
  /**
   * The lines after this one are a list of links that ends at the first line reading as article prose: an
   * "À lire aussi" box sits mid-article on many sites, and running it to the end of the page loses the body after it.
   */
  untilProse?: boolean;
  /** The lines under this one, up to the next blank line, belong to it (a video embed's title and caption). */
  untilBlank?: boolean;
  /** Only short lines qualify, so a sentence that merely mentions the word survives. */
  maxLength?: number;
  /** A label whose value may sit alone on the next line ("hit" over "2006"): a line of digits right under it goes with it. */
  valueBelow?: boolean;
  /** A label whose name sits on the next line ("Nouvelles fournies par" over the issuer): a line with no figure goes with it. */
  nameBelow?: boolean;
}

/**
 * A language named in its own tongue, as a page's switch to its other version gives it ("Français" on its own line, "česky |
 * English", "English | नेपाली").
 */
const LANGUAGE_NAME = `(?:${["English", "Français", "Español", "Deutsch", "Português", "Italiano", "Nederlands", "Hrvatski", "Polski", "Русский", "한국어", "日本語", "中文", "العربية", "Česky", "česky", "Svenska", "Eesti", "नेपाली"].join("|")})`;
/** "KOREAN", "FRENCH": a language's English name in capitals, as a site's header sets the link to its other version. */
const LANGUAGE_NAME_CAPS = `(?:${["KOREAN", "ENGLISH", "FRENCH", "SPANISH", "JAPANESE", "CHINESE", "ARABIC", "RUSSIAN", "GERMAN", "PORTUGUESE"].join("|")})`;
const LANGUAGE_LABEL = `(?:[A-Z]{2}|${LANGUAGE_NAME})`;

/** "Français | English", "EN / FR", "English": a page's switch to its other languages. */
const LANGUAGE_SWITCH = new RegExp(
  `^(?:${LANGUAGE_LABEL}(?:\\s*[|/·]\\s*${LANGUAGE_LABEL})+|${LANGUAGE_NAME}|${LANGUAGE_NAME_CAPS})$`,
  "u",
);

/** "Canada.ca | Français", "gov.nu.ca | Nederlands": the link to the government's portal beside the language switch. */
const PORTAL_AND_LANGUAGE = new RegExp(`^(?:[\\w-]+\\.)+[a-z]{2,4}\\s\\|\\s${LANGUAGE_LABEL}$`, "u");

const LINE_RULES: LineRule[] = [
  // "Related Stories", "À lire aussi", "Recommended News", "Latest News", "Related briefings", "Related Speeches",
  // "Articles liés", "Les plus lus", "Sports headlines" (a section's, not a newsletter's "Today's headlines"), "Communiqués
  // récents", "Dans la même rubrique", "Plus de dépêches", "More from Politics" (a section's name after it), "À écouter aussi" and
  // "À voir aussi" under a broadcaster's segment, "Tags" alone on its line, "Prochaines activités" over the
  // publisher's dated list of its own coming events, "Related episodes" under a podcast's notes: the heading of a list of
  // other pages' headlines, which runs down to the article's next prose paragraph.
  {
    kind: "related_articles",
    rule: "boilerplate.related-heading",
    test: /^(?:related|related (?:articles?|stories|story|posts?|news|content|research)|more (?:from|on|stories)|more from [a-z][\w-]+(?: [a-z][\w-]+)?|à (?:écouter|voir|regarder) aussi|you (?:may|might) also like|(?:read (?:more|also|next)|also read)|recommended(?: for you)?|most (?:read|popular|viewed|liked|shared)|trending(?: now)?|associated links|related links|keywords|related (?:information|resources|items|coverage|events|reading)|additional resources|ressources (?:supplémentaires|additionnelles)|liens (?:connexes|associés)|mots-clés|similar posts|see also|à lire aussi|articles? (?:connexes|similaires)|sur le même sujet|lire aussi|(?:recommended|latest|top|other) (?:news|stories|articles|headlines)|(?:business|sports?|world|national|local|politics|entertainment|arts|science|technology|more) headlines|(?:communiqués|actualités|articles|publications) récent(?:e)?s|recent (?:news|releases|press releases|statements|posts|stories)|related (?:briefings|releases|press releases|videos|speeches|remarks|statements|documents|episodes)|(?:more|other|previous) episodes|autres épisodes|épisodes (?:précédents|connexes)|dernières (?:nouvelles|actualités)|articles? liés|(?:articles )?les plus (?:lus|populaires|consultés|partagés)|dans la même rubrique|plus de (?:dépêches|nouvelles|articles)|tags|prochaines activités)\b[:\s]*$/i,
    untilProse: true,
  },
  {
    kind: "comments",
    rule: "boilerplate.comment-form",
    test: /^(?:leave a (?:comment|reply)|post a comment|add a comment|laisser un commentaire|laissez un commentaire|\d+ comments?|\d+ commentaires?)\b/i,
    toEnd: true,
    maxLength: 60,
  },
  {
    kind: "comments",
    rule: "boilerplate.comment-line",
    // "Sign in to comment | Community guidelines", "Connectez-vous pour commenter": the thread's login prompt; "Qu'en
    // pensez-vous ? Donnez votre avis": the call to comment under an opinion piece.
    test: /^(?:sign in|log in|login) to (?:comment|reply)\b[^\n]{0,60}$|^(?:vous souhaitez|envie de) (?:réagir|commenter)\s*\?[^\n]{0,60}$|^(?:want|would you like) to (?:comment|join the (?:conversation|discussion))\s*\?[^\n]{0,60}$|^(?:qu['’]en pensez-vous|what do you think)\s*\?[^\n]{0,60}$|^connectez-vous pour (?:commenter|réagir)\b[^\n]{0,60}$|your email address will not be published|required fields are marked|votre adresse (?:e-mail|courriel|de messagerie) ne sera pas publiée|^comments?\s*$|^no comments yet|^be the first to comment|^commentaires?\s*$|^post comment$|^submit$|^cancel reply$/i,
  },
  // "Lisez « Le port a battu son record »", "Read: “Ottawa names new envoy”", "À lire : « ... »", "Écouter l'émission
  // « Le journal du soir »": a link to another story or programme, its title in quotation marks after the word that sends
  // the reader there, alone on its line.
  {
    kind: "related_articles",
    rule: "boilerplate.read-link",
    test: /^(?:lisez|lire|à lire|read|read more|(?:écouter|réécouter|regarder|revoir) l['’](?:émission|épisode))\s*:?\s*[«“"][^\n«»“”"]{4,160}[»”"]\s*$/iu,
    maxLength: 200,
  },
  // "[Source: Fiji Government]", "[Photo: Ministry of Health]": a credit line in brackets naming where the story came from.
  {
    kind: "navigation",
    rule: "boilerplate.source-credit",
    test: /^\[(?:source|photo|crédit|credit|image)s?\s*:\s*[^\]\n]{2,80}\]$/iu,
    maxLength: 100,
  },
  {
    kind: "app_promo",
    rule: "boilerplate.app-promo",
    test: /download (?:the|our) app|get (?:it|the app) on|app[- ]?store|google play|play[- ]?store|télécharge[rz] l['’]application|try our ai features|explore what .{0,40} can do for you/i,
    maxLength: 240,
  },
  {
    kind: "translations",
    rule: "boilerplate.also-available-in",
    test: /^(?:this (?:post|article|page) is also available in|read this (?:release |article |page |story )?in|cet article est aussi disponible en|également disponible en)\b/i,
  },
  {
    kind: "copyright",
    rule: "boilerplate.copyright",
    test: /©|ⓒ|\bcopyright\b|all rights reserved|tous droits réservés|^\(c\) \d{4}|unauthori[sz]ed reproduction|protégée?s? par le droit d['’]auteur|^this (?:report|article|story)\b[^\n]{0,60}\bwas (?:first|originally) published\b/i,
    maxLength: 200,
  },
  {
    kind: "newsletter",
    rule: "boilerplate.newsletter",
    // A masthead naming the issue ("Connect — Newsletter, May 2026", "Monthly newsletter of the Mission | No. 12 | 3 May
    // 2030", "MEMBERS' NEWSLETTER – Issue 12 – March 4, 2031") is the document's title, not mailing furniture; a site's menu bar
    // of five links or more ("Actualités | Politique | Économie | Idées | Abonnez-vous | Se connecter", "News | Sport |
    // Business | Subscribe now | Log in") is its navigation, the subscription link one of them (a bar with a "Newsletter" link
    // is the mailing's).
    test: /^(?!(?![^\n]*(?:newsletter|infolettre))[^|\n]{1,40}(?:\s\|\s[^|\n]{1,40}){4,}$)(?![^\n]*(?:newsletter|infolettre)[,:—–\s-]*(?:no\.?\s*\d+|(?:[\p{L}]+\s+)?\d{4})\s*$)(?![^\n]*(?:newsletter|infolettre)[^\n|–—]{0,60}[|–—]\s*(?:no\.?|n°|issue|numéro)\s*\d+\s*[|–—]\s*(?:\d{1,2}\s+)?[\p{L}]+\s+(?:\d{1,2},\s*)?\d{4}\s*$)[^\n]*(?:newsletter|subscribe (?:to|now)|sign up for|abonnez-vous|infolettre|inscrivez-vous|unsubscribe|désabonner|désinscrire|je m['’]abonne|vous recevez ce (?:bulletin|courriel|message)|you (?:are receiving|received) this)/iu,
    maxLength: 200,
  },
  {
    kind: "share",
    rule: "boilerplate.share",
    // "Share: Facebook | X | LinkedIn", "Partager : Facebook | X | LinkedIn", "Partager cette page".
    test: /^(?:share(?: this(?: article| post| page| story)?)?|back to top|top of page|haut de (?:la )?page|paylaş|partager(?: cette page| cet article)?|tweet|print|email|facebook|twitter|linkedin|whatsapp|copy link|imprimer)(?:\s*:)?(?:[\s|,/]+(?:facebook|twitter|x|linkedin|email|courriel|print|whatsapp|reddit|telegram))*\s*:?$/i,
  },
  // "Advertisement 2" and "This advertisement has not loaded yet, but your article continues below.": a numbered ad slot and
  // its placeholder; "Article content" and "Join the conversation": a news site's labels over the body and its comments;
  // "For Subscribers" and "Please log in to listen to this story": a paywalled story's badge and its audio player's prompt.
  {
    kind: "navigation",
    rule: "boilerplate.navigation",
    test: /^(?:logo|home|menu|search|skip to (?:main )?content|scroll to top|back to top|go to top|next (?:post|article)|previous (?:post|article)|main menu|navigation|accueil|retour en haut|sign in|log ?in|orange background|advertisement(?:\s+\d{1,2})?|publicité|sponsored(?: content)?|article content|join the conversation|this advertisement has not loaded yet, but your article continues below\.?|rechercher|recherche|translate post|voir la traduction|rafraîchir|actualiser|refresh|short link:?|@[\w.]{2,30}\s*[·|]\s*follow|for subscribers|subscribers only|réservé aux abonnés|(?:please )?(?:log|sign) in to listen to this (?:story|article)|listen to this (?:story|article))\s*[.…]*$/i,
  },
  // "Listen on: Apple Podcasts | Spotify | YouTube | RSS", "Écouter sur : Apple Podcasts | Spotify": a podcast page's bar of
  // the apps that carry it.
  {
    kind: "navigation",
    rule: "boilerplate.listen-bar",
    test: /^(?:listen|écouter|subscribe|s['’]abonner|follow|suivre|watch|regarder)\s+(?:on|sur)\s*:\s*[^|\n:]{1,40}(?:\s\|\s[^|\n:]{1,40})+$/iu,
    maxLength: 200,
  },
  // "S'abonner | Se connecter", "Subscribe | Sign in": a news site's account links, two of them between a pipe.
  {
    kind: "navigation",
    rule: "boilerplate.account-bar",
    test: /^(?:s['’]abonner|se connecter|connexion|mon compte|s['’]inscrire|subscribe|sign in|log ?in|sign up|register|my account)(?:\s\|\s(?:s['’]abonner|se connecter|connexion|mon compte|s['’]inscrire|se déconnecter|subscribe|sign in|log ?in|log out|sign up|register|my account))+$/iu,
  },
  // "Partenaires de la mission : Investissement Québec | Export Québec | Air Canada", "Partners: ... | ...": a line of the
  // partners' names between pipes.
  {
    kind: "navigation",
    rule: "boilerplate.partners-bar",
    test: /^(?:partenaires|partners|sponsors|commanditaires|mission partners|event partners)(?:\s+(?:de|du|of)\s+(?:la\s+|l['’]|the\s+)?[\p{L}]+)?\s*:\s*[^|\n:]{1,60}(?:\s\|\s[^|\n:]{1,60}){1,}$/iu,
    maxLength: 240,
  },
  // "..., seule une partie des nouvelles diffusées aux abonnés ... Veuillez nous contacter pour vous abonner.", "Only part of
  // the news ... Please contact us to subscribe.": a news agency's notice on its subscribers' service.
  {
    kind: "newsletter",
    rule: "boilerplate.subscription-notice",
    test: /(?:veuillez nous contacter pour vous abonner|contactez-nous pour vous abonner|please contact us to subscribe|contact us (?:to|for) (?:a )?subscri(?:be|ption))/iu,
    maxLength: 400,
  },
  // "Next   Korea-Philippines Dialogue", "Previous: ...", "Previous news: ...": a list's links to the neighbouring items, not prose ("Next year, ...").
  // An item that opens on a weekday ("Next post: Monday, from the ice camp") says when the next one comes, not which it is.
  {
    kind: "navigation",
    rule: "boilerplate.prev-next",
    test: /^(?:next|previous|prev|suivant|précédent|article (?:suivant|précédent))(?:\s+(?:post|article|story|news))?(?:\s{2,}|\t|\s*[:|›»>]\s*)(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b)\S/i,
    maxLength: 160,
  },
  {
    kind: "navigation",
    rule: "boilerplate.list-link",
    test: /^(?:list|back to (?:list|news|top)|go to list|liste|retour à la liste(?: des [\p{L}]+)?|retour en haut de (?:la )?page|print|imprimer|partager(?: la page)?|skip (?:next|this) section\b[^\n]{0,30})$/iu,
  },
  // Mailing furniture and a publisher's note on the section a piece belongs to.
  {
    kind: "newsletter",
    rule: "boilerplate.mail-view",
    test: /view (?:this email|it|this message) (?:in|on) (?:your|a|the) (?:browser|web)|having trouble viewing this|version (?:web|en ligne) de (?:ce|cette) (?:courriel|infolettre)/i,
    maxLength: 200,
  },
  {
    kind: "author_bio",
    rule: "boilerplate.section-note",
    test: /^ce texte fait partie d[eu]|^this (?:article|piece|essay|text) is part of (?:our|the) [\p{L} ]{0,40}(?:section|series)|^vous pouvez nous écrire à/iu,
    maxLength: 240,
  },
  // "Menu: Jobs | Immigration and citizenship | Taxes": a bar of links under the word that labels it as the site's menu.
  {
    kind: "navigation",
    rule: "boilerplate.menu-label",
    test: /^(?:main\s+)?(?:menu|navigation)\s*:\s*[^|\n]{1,60}(?:\s\|\s[^|\n]{1,60}){2,}$/iu,
    maxLength: 300,
  },
  // "Avis importants | Transparence | Contactez-nous", "Deutsche Messe AG | Messegelände | 30521 Hannover | Germany": a bar of
  // three or more short items between pipes, none a sentence, is a page's links or its address block; a line with a year is a
  // byline or a masthead ("Seoul | March 10, 2026 | 4 min read"), one with a colon a newsletter's contents ("In this issue: ..."),
  // one with a percentage a progress table's row ("Piling, Guyana approach | 100% | completed 22 August"), one with a sum of
  // money a grant table's row or a price list ("31-0471 | Ji-ho Bélanger, autrice | Traduction | 12 000 $"), the sum written
  // with its sign or with a currency's code ("288 pages | 15 × 23 cm | 9 500 XOF": a book's sheet).
  {
    kind: "navigation",
    rule: "boilerplate.pipe-bar",
    test: /^(?![^\n]*(?<![\p{N}])(?:19|20)\d{2}(?![\p{N}]))(?![^\n]*\d\s?%)(?![^\n]*(?:\d\s?[$€£¥₩]|[$€£¥₩]\s?\d|\d\s?(?:F\s?CFA|CFA|XOF|XAF|USD|EUR|CAD|GBP|CHF|KRW|JPY)(?![\p{L}])))(?:(?:(?!\.\s)[^|·•\n:]){1,60}\s[|·•]\s){2,}(?:(?!\.\s)[^|·•\n:]){1,60}$/u,
    maxLength: 240,
  },
  // "Home | Programmes | Admissions 2032 | News | Contact": a bar of three or more links that opens on the home page is the
  // site's menu, whatever year an item in it carries.
  {
    kind: "navigation",
    rule: "boilerplate.home-menu",
    test: /^(?:home|accueil|inicio|startseite)\s\|\s(?:[^|\n:]{1,40}\s\|\s)+[^|\n:]{1,40}$/iu,
    maxLength: 240,
  },
  // "Concerts | Saison 2031-2032 | Billetterie | RO | FR | EN": a bar of links closing on a language switch is the site's
  // menu, whatever year a season's name in it carries.
  {
    kind: "navigation",
    rule: "boilerplate.menu-with-languages",
    test: new RegExp(`^(?:[^|\\n.:]{1,40}\\s\\|\\s){2,}${LANGUAGE_LABEL}(?:\\s\\|\\s${LANGUAGE_LABEL})+$`, "u"),
    maxLength: 240,
  },
  {
    kind: "navigation",
    rule: "boilerplate.portal-and-language",
    test: PORTAL_AND_LANGUAGE,
    maxLength: 80,
  },
  // "FR | EN", "Hrvatski | English": a language switch, two-letter codes or languages named in their own tongue; a language
  // named alone on its line ("Français" under an English page's masthead, "KOREAN" in an English menu's capitals) is the link
  // to the page's other version.
  {
    kind: "translations",
    rule: "boilerplate.language-switch",
    test: LANGUAGE_SWITCH,
    maxLength: 120,
  },
  // "Tel. +49 511 89-0 | exhibitors@messe.de", "Report a problem on this page | Date modified: ...", "Community hotline:
  // ... +597 231-445", "Apply now | Save this job": a contact or a page's footer in two items, one of them an address, a
  // telephone (an international one after a pipe, or a North American one with its trunk prefix, "| 1 800 555-0199") or the
  // page's own buttons ("Print" as a whole word: "Printer: ..." in a stamp's credits or "printemps" in a table row is content, and
  // "Print edition, p. 8" in a byline names the page the story ran on).
  // A North American telephone may also open the line after a short label ("Box office 416-555-0178 | 12 King Street"), and
  // an international one may have a one-digit area code ("| +82 2 555 0192", "| +33 1 45 55 01 01"). A French number in pairs of
  // figures closing the line ("| 01 45 55 01 01", "| 0590 29 55 10") is an address's telephone too. The first item may be a
  // full street address with its postcode ("Legislative Assembly, Province House, 1726 Hollis Street, Halifax (Nova Scotia) B3J
  // 2Y3 | 902 424-5978"), and "Report Error | Submit a Tip" are a news page's own buttons.
  {
    kind: "navigation",
    rule: "boilerplate.pipe-contact",
    test: /^[^|\n]{1,140}(?:\s\|\s[^|\n]{1,100}){1,6}$(?<=(?:[\p{L}\p{N}._-]@[\p{L}\p{N}]|www\.|https?:\/\/|(?<![\p{L}])(?:tel|tél|phone|fax)\.?\s*[:+(\d]|report a problem|report (?:an? )?error|submit a (?:news )?tip|date modified|date de modification|skip to (?:main )?content|(?:imprimer|print)(?![\p{L}]|\s+edition)|visitors?\s*:|website policies|plan du site|mentions légales|translate this page|text size|main line|hotline|(?:apply|postuler) (?:now|maintenant|en ligne)|(?:save|sauvegarder) (?:this |the |l['’])?(?:job|offer|offre))[^\n]*|\|\s*(?:\+?1[ .-])?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}|\|\s*\+\d{1,3}[ .-]?\d{1,4}(?:[ .-]?\d{2,4}){1,4}|\|\s*0\d{1,3}(?:[ .]\d{2}){3,4}\s*$|^[\p{L} ]{1,30}\s\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}\s\|[^\n]*)/iu,
    maxLength: 240,
  },
  // "Direction de la Communication – MTCA", "Public Relations Unit, Ministry of ...", "Issued by the Department of ...": the
  // office that signs a release, on a line of its own with no closing stop. A unit named alone ("Media Relations Office")
  // may head a contact the article gives, so the unit needs its organisation after a comma or a dash.
  {
    kind: "navigation",
    rule: "boilerplate.issuing-office",
    test: /^(?:(?:(?:service|direction|cellule|bureau|division|unité)\s+(?:de\s+la\s+|des\s+|du\s+|de\s+)?communications?|(?:public|media)\s+relations\s+(?:unit|office|team|division|section)|office\s+of\s+communications)\b[^\n,–—]{0,30}[,–—]\s*|(?:issued|published)\s+by\s+|publié\s+par\s+|éditeur\s*:\s*)[^\n]{0,140}[^\n.!?]$/iu,
    maxLength: 160,
  },
  // "Department in charge: Trade Policy Division, Ministry of ...", "Office in charge: ...": a government release's line naming
  // the unit that answers for it, under the release's date.
  {
    kind: "navigation",
    rule: "boilerplate.unit-in-charge",
    test: /^(?:division|department|office|bureau|team|unit)\s+in\s+charge\s*:\s*\S/iu,
    maxLength: 200,
  },
  // "This work may be used under the terms of the Open Government Licence", "This page may be reused under the conditions of
  // ...": a public body's licence line for its own pages.
  {
    kind: "copyright",
    rule: "boilerplate.reuse-licence",
    test: /^this (?:work|page|content|material|publication|article)\b[^\n]{0,40}\bmay be (?:used|reused|re-used|reproduced)\s+under\s+the\s+(?:conditions|terms)\s+of\b/iu,
    maxLength: 240,
  },
  // "This client alert is for general information only ...", "Les opinions exprimées ... n'engagent que leurs auteurs",
  // "Prices are indicative and do not constitute an offer.", "Les opinions exprimées dans ce site sont celles de leurs
  // auteurs.": a publisher's disclaimer.
  {
    kind: "copyright",
    rule: "boilerplate.disclaimer",
    test: /\bfor (?:general )?information(?:al)? (?:purposes )?only\b|\bà titre (?:informatif|d['’]information)\b|n['’]engagent que (?:leurs?|son|ses) auteur|\b(?:views|opinions) expressed\b[^\n]{0,80}\b(?:are (?:those|solely)|do not necessarily)|\bopinions exprimées\b[^\n]{0,80}\bsont celles d|\bne reflètent pas nécessairement\b|\b(?:do|does) not constitute an offer\b|\bne constituen?t pas une offre\b|^[\p{L} ]{3,40} (?:is|are) subject to change\.?$|does not form part of the (?:reasons|decision|judgment)|^references in square brackets\b|^(?:seul (?:le )?(?:texte|discours) prononcé fait foi|(?:la )?version prononcée fait foi)\.?$/iu,
    maxLength: 300,
  },
  // "Harbour Re Ltd. is licensed by the Financial Services Commission ...", "Nordsee Versicherung AG is authorised and regulated
  // by BaFin.": a firm's statement of the regulator that licenses it, the firm named with its legal form.
  {
    kind: "copyright",
    rule: "boilerplate.regulator-licence",
    test: /^[\p{Lu}][^\n.]{1,80}\s(?:ltd|limited|inc|plc|llc|ag|sa|s\.a|gmbh|corp)\.?\s(?:is|are)\s(?:licensed|regulated|authori[sz]ed(?:\sand\sregulated)?|supervised)\sby\b/iu,
    maxLength: 400,
  },
  // "Citer ce document : ...", "Cite this page: ...", "How to cite this report: ...", "Pour citer cet article : ...": the page's
  // suggested citation of itself.
  {
    kind: "references",
    rule: "boilerplate.cite-this",
    test: /^(?:(?:how to )?cite this (?:page|document|article|report|record|item|entry)|citer (?:ce|cette) (?:document|page|notice|article|fiche)|pour citer (?:ce|cet|cette) (?:document|page|notice|article|fiche))\s*:\s*\S/iu,
    maxLength: 300,
  },
  // "The Society acknowledges that we work on the traditional, unceded territory of the Musqueam people.", "Nous reconnaissons
  // que nous sommes sur le territoire non cédé de ...": a publisher's land acknowledgement, set as a line of the footer.
  {
    kind: "copyright",
    rule: "boilerplate.land-acknowledgement",
    test: wordStart(
      /(?<![\p{L}])(?:acknowledges?|reconnaissons|reconnaît)\s(?:[\p{L}]+\s){0,3}(?:that|que|qu['’])(?=[^\n]{0,160}(?<![\p{L}])(?:traditional|ancestral|unceded|traditionnel|non cédés?)(?![\p{L}]))(?=[^\n]{0,200}(?<![\p{L}])(?:territor(?:y|ies)|lands?|territoires?|terres?)(?![\p{L}]))/iu,
    ),
    maxLength: 300,
  },
  // "Photos: Studio Nord. Free to use with credit.", "Crédit photo : Ville de Lévis", "Photos : FIIA.": the pictures' credit, a
  // name (not a caption: "Photo: the ministers sign the accord in Lima" tells what it shows) after the label.
  {
    kind: "copyright",
    rule: "boilerplate.photo-credit",
    test: /^(?:[Pp]hotos?|[Pp]hoto credits?|[Cc]rédits? photos?|[Pp]hotographies?)\s*:\s*(?![^\n.]*\b(?:is|are|was|were|signs?|meets?|shakes?|visits?|signent|rencontre)\b)[\p{Lu}][^\n.]{1,80}(?:\.|$)/u,
    maxLength: 200,
  },
  // "Photo: A medic treats a simulated casualty. (U.S. Army National Guard photo by Sgt. Jane Roe)", "The two ministers
  // (left) shake hands after the signing. (Yonhap)", "Le ministre (à droite) et son homologue. (Photo : MAECI)": a caption
  // closed by its picture's credit in brackets, or placing its people left and right and closed by the agency's name, is
  // the picture's furniture.
  {
    kind: "copyright",
    rule: "boilerplate.credited-caption",
    test: /^[^\n]{10,400}[.!]\s?\((?:[^()\n]{0,60}\s)?(?:photo|photos|image|video|photo credit|crédit photo)\s*(?:by|courtesy of|:|de|par)\s[^()\n]{2,80}\)$|^(?=[^\n]{0,200}\((?:(?:second|third)\s+from\s+)?(?:left|right|centre|center|à gauche|à droite|au centre)\))[^\n]{10,300}[.!]\s?\(\p{Lu}[\p{L}&.\s-]{1,40}\)$/iu,
    maxLength: 420,
  },
  // "PUBLIC DOMAIN" over "This work, <title>, by <author>, identified by DVIDS, must comply with the restrictions shown on
  // https://...", "This work is licensed under a Creative Commons licence": a media hub's licence block.
  {
    kind: "copyright",
    rule: "boilerplate.licence-block",
    test: /^(?:public domain|domaine public|this work(?:,[^\n]{1,300},)?\s(?:must comply with the restrictions|is (?:in the public domain|licensed under))[^\n]*)$/iu,
    maxLength: 500,
  },
  // "Photo gallery (12)", "Galerie photos (8)": the link to the page's pictures with their count, over their credit.
  {
    kind: "copyright",
    rule: "boilerplate.photo-gallery",
    test: /^(?:photo\s+gallery|photos|galerie\s+(?:de\s+)?photos?)\s*\(\d{1,3}\)$/iu,
  },
  // "From: Veterans Affairs Canada", "De : Parcs Canada": the issuing department's line under a government release's kind,
  // a name alone after the label (an e-mail's sender, with its address, is not one).
  {
    kind: "navigation",
    rule: "boilerplate.issuer-from",
    test: /^(?:From|De)\s?:\s\p{Lu}[\p{L}'’ -]{2,80}$/u,
    maxLength: 90,
  },
  // "« Back to News and Media", "‹ Retour aux actualités", "← Back to all releases": the link back to the list of pages.
  {
    kind: "navigation",
    rule: "boilerplate.back-link",
    test: /^[«‹←<]\s*(?:back\s+to|retour\s+(?:à|aux?))\s[^\n]{1,60}$/iu,
  },
  // "▶ Écouter le segment", "► Listen to the episode", "▶ Regarder la vidéo": a player's button over a broadcast's page.
  {
    kind: "navigation",
    rule: "boilerplate.player-button",
    test: /^[▶►]\s*(?:écouter|regarder|listen|watch|play)(?![\p{L}])[^\n]{0,60}$/iu,
  },
  // "Cette transcription a été révisée par l'équipe de l'émission.", "This transcript has been edited for clarity.": the
  // broadcaster's note on its transcript.
  {
    kind: "navigation",
    rule: "boilerplate.transcript-note",
    test: /^(?:cette|la)\s+transcription\s+a\s+été\s+(?:révisée|éditée|modifiée|abrégée)[^\n]{0,120}$|^this\s+transcript\s+(?:has\s+been|was|is)\s+(?:lightly\s+)?(?:edited|revised|condensed)[^\n]{0,120}$/iu,
    maxLength: 200,
  },
  // "Get the full file with Tender Data. Request a demo", "Essayez notre plateforme. Demander une démo": a data vendor's call
  // to book a demonstration, closing the line.
  {
    kind: "advertisement",
    rule: "boilerplate.demo-request",
    test: /(?:(?:request|book|schedule|get) a (?:free )?demo|demande[rz] une démo(?:nstration)?|start (?:your|a) free trial)\W*$/iu,
    maxLength: 200,
  },
  // "Home / Foreign policy / Bilateral relations", "Home › News", "Events › Past events": a breadcrumb that starts at the
  // home page, or two short items around the '›' that only breadcrumbs use.
  {
    kind: "navigation",
    rule: "boilerplate.home-breadcrumb",
    test: /^(?:(?:home|accueil|inicio|startseite)\s*[/›»>]\s*\S[^\n]*|[^\n›«»]{1,40}\s›\s[^\n›«»]{1,40})$/iu,
    maxLength: 240,
  },
  // "Terms of use | Privacy", "Accessibilité | Politique de confidentialité": a footer's legal links, two short items or more
  // between pipes, one of them a legal page.
  {
    kind: "navigation",
    rule: "boilerplate.legal-links",
    test: /^(?=(?:[^|\n]*\|\s)*(?:terms and conditions|terms of (?:use|service)|privacy(?: policy| notice| statement)?|(?:politique de )?confidentialité|conditions d['’]utilisation|mentions légales|accessibilit(?:y|é))\s*(?:\||$))[^|\n]{1,60}(?:\s\|\s[^|\n]{1,60})+$/iu,
    maxLength: 200,
  },
  // "Reading time: 4 minutes", "Temps de lecture : 6 min", "5 min read", "Lecture 4 min", "3 min de lecture": a post's
  // reading time on a line of its own.
  {
    kind: "navigation",
    rule: "boilerplate.reading-time",
    test: /^(?:(?:reading time|read time|temps de lecture|durée de lecture)\s*:\s*\d{1,2}\s*min(?:utes?|\.)?|\d{1,2}\s*min(?:ute)?s? read|lecture\s*:?\s*\d{1,2}\s*min(?:utes?|\.)?|\d{1,2}\s*min(?:utes?)?\s+de\s+lecture)$/iu,
  },
  // "Send your requests by SMS to 8080 before Friday noon.", "Envoyez vos questions par SMS au 3434.": a station's or a
  // programme's call for its audience's messages to a short number.
  {
    kind: "navigation",
    rule: "boilerplate.sms-call",
    test: /^(?:send|text|envoyez)\b[^\n]{0,60}?\b(?:by|via|par)\s+(?:sms|text(?: message)?|whatsapp)\s+(?:to|au)\s+\+?\d[\d ]{2,14}(?![\d])[^\n]{0,60}$/iu,
    maxLength: 160,
  },
  // "Questions concerning this Notice should be directed to ...", "Inquiries regarding this circular should be addressed to
  // ...", "Les questions concernant cet avis doivent être adressées à ...": a notice's closing line on where to ask. (A
  // numbered paragraph saying so, "6. Queries regarding ...", is the notice's own text.)
  {
    kind: "navigation",
    rule: "boilerplate.notice-inquiries",
    test: /^(?:(?:questions|inquiries|enquiries|queries|comments)\s+(?:concerning|regarding|about|on|relating to)\s+(?:the subject of\s+)?this\s+[\p{L}]+\s+should be (?:directed|addressed|sent|referred)\s+to|(?:les\s+)?(?:questions|demandes)\s+(?:concernant|relatives à|au sujet de)\s+(?:cet|cette|ce|la présente?)\s+[\p{L}]+\s+doivent être (?:adressées|envoyées|transmises)\s+à)\b/iu,
    maxLength: 400,
  },
  // "A-2030-01187 | Page 1 of 3": a printed page's running footer.
  { kind: "navigation", rule: "boilerplate.page-count", test: /(?:^|\|\s*)page \d+ (?:of|de|sur) \d+\s*$/i, maxLength: 80 },
  // "Follow the committee on social media.", "Follow @CancilleriaCol on social media", "Suivez-nous sur Facebook et X". "Follow
  // the mission: #TeamFiji", "Suivez la tournée : #DanseEnCorée": a call to follow the page's hashtag.
  {
    kind: "share",
    rule: "boilerplate.follow-line",
    test: /^(?:follow|suivez)\b[^\n]{0,60}?\b(?:on|sur)\s+(?:social media|les réseaux sociaux|facebook|x|twitter|instagram|linkedin|youtube)\b|^(?:follow|suivez)\b[^\n:]{0,40}:\s*(?:#[\p{L}\p{N}_]+\s*)+$/iu,
    maxLength: 140,
  },
  // "Connect with us: Facebook | X | YouTube", "Revoir le journal | Partager : Facebook · WhatsApp · X": two social networks
  // on a line of links, or at its end.
  {
    kind: "share",
    rule: "boilerplate.social-links",
    test: /^(?=(?:[^\n]*?(?<![\p{L}])(?:facebook|twitter|linkedin|instagram|youtube|whatsapp|telegram|tiktok|x)(?![\p{L}])){2})[^\n]*(?:[|·][^\n]*|(?:facebook|twitter|linkedin|instagram|youtube|whatsapp|telegram|tiktok|x)\.?)$/iu,
    maxLength: 160,
  },
  // "Available on the Internet: http://www.parl.ca", "The full report is available at www.example.org.": a short line
  // that points to a web address after 'available at', or to a full one after a colon ("trade facts: site.ca/facts" may
  // be the article's own pointer).
  {
    kind: "navigation",
    rule: "boilerplate.web-pointer",
    test: /(?:available (?:at|on)|disponible (?:à|sur))\s(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}(?:\/[\w./-]*)?\.?$|:\s*(?:https?:\/\/|www\.)[\w-]+(?:\.[\w-]+)+(?:\/[\w./-]*)?\.?$/i,
    maxLength: 120,
  },
  // "For further information, please contact ... (+82-44-...)": a press contact, with or without a heading.
  {
    kind: "navigation",
    rule: "boilerplate.contact-line",
    test: /^(?:for (?:more|further) information|for media inquiries|media contact|pour (?:plus de |de plus amples )?renseignements)[^\n]{0,40}(?:please )?(?:contact|communiquer|joindre)/i,
    maxLength: 300,
  },
  // "Media inquiries: Sam Blackwood, Press Secretary ...", "For media enquiries: Corporate Communications, ...": a contact on one line.
  {
    kind: "navigation",
    rule: "boilerplate.contact-colon",
    test: /^(?:(?:for\s+)?media\s+(?:contacts?|inquiries|enquiries|relations)|press\s+contacts?|contacts?(?:\s+(?:presse|médias))?|relations\s+avec\s+les\s+médias|(?:for\s+(?:further\s+|more\s+)?)?(?:information|inquiries|enquiries)|renseignements|pour\s+toute\s+(?:information|question)s?|personnes?-ressources?(?:\s+pour\s+les\s+médias)?|adresse\s+pour\s+l['’]envoi\s+de\s+questions)\s*:\s*\S/i,
    maxLength: 200,
  },
  // A reference site's and an events calendar's furniture: "Search events...", "From OpenAtlas, the free encyclopedia",
  // "Categories: ...", "This page was last edited on ...", the licence line, "Filter by: ...", "Showing 6 of 41 events".
  {
    kind: "navigation",
    rule: "boilerplate.site-furniture",
    test: /^(?:(?:search|rechercher)(?:\s+[\p{L}]+)?\s*(?:\.{3}|…)|(?:search|rechercher)\s+\p{Lu}[\p{L}]+(?:\.\p{Ll}{2,4})?|from [^\n,]{2,40}, the free encyclopedia|(?:categories|catégories)\s*:\s*\S[^\n]*|this page was last (?:edited|modified|updated)\b[^\n]*|(?:filter|sort) by\s*:\s*\S[^\n]*|showing \d+ (?:of|sur) \d+\b[^\n]*|[^\n]{0,40}\bavailable under the creative commons\b[^\n]*|[^\n]{0,60}\bis a registered charity\b[^\n]*|(?:cette communication|ce (?:message|courriel)) a été (?:envoyée?|transmise?) à(?![\p{L}])[^\n]*|this (?:message|e-?mail|communication) (?:was|has been) sent to\b[^\n]*)$/iu,
    maxLength: 200,
  },
  // "The next bulletin will be issued on 4 April 2033.", "Le prochain numéro paraîtra le 3 mai.": a periodic report's note
  // on when the next one comes out, written as a sentence.
  {
    kind: "navigation",
    rule: "boilerplate.next-issue-sentence",
    test: /^(?:the next (?:bulletin|report|issue|update|edition|situation report) will be (?:issued|published|released|out|posted)|(?:le|la) prochaine? (?:bulletin|rapport|numéro|édition|mise à jour) (?:paraîtra|sera (?:publiée?|diffusée?)))\b[^\n]{0,60}$/iu,
    maxLength: 120,
  },
  // "Member States: Djibouti, Eritrea, Ethiopia, ...", "États membres : Bénin, Burkina Faso, ...": an organisation's list of
  // members under its masthead or in its footer, three names or more.
  {
    kind: "navigation",
    rule: "boilerplate.member-states",
    test: /^(?:[Mm]ember (?:[Ss]tates|[Cc]ountries)|(?:[ÉéEe]tats|[Pp]ays) membres)\s*:\s*(?:[\p{Lu}][\p{L}'’ -]{1,30},\s*){2,}[\p{Lu}][\p{L}'’ -]{1,30}\.?$/u,
    maxLength: 300,
  },
  // "Dharma donations: Woori Bank 1005-302-118844", "Dons : Banque Atlantique, compte 012-445-778": a donation account.
  {
    kind: "navigation",
    rule: "boilerplate.donation-account",
    test: /^[\p{L} ]{0,30}(?:donations?|dons|offerings?|offrandes?|giving)\s*:\s*[^\n]{0,40}(?<![\p{L}])(?:bank|banque|IBAN|account|compte)(?![\p{L}])[^\n]{0,30}\d{3,}[ -]\d{2,}[ -]?\d*[^\n]{0,40}$/iu,
    maxLength: 160,
  },
  // "Office hours: Monday to Friday, 8:30 to 4:30", "Heures d'ouverture : du lundi au vendredi, de 9 h à 12 h": an office's
  // week-day hours. (A museum's or a show's hours, open at weekends, are the visit the page announces.)
  {
    kind: "navigation",
    rule: "boilerplate.office-hours",
    test: /^(?:(?:office|opening|business) hours|hours|heures d['’](?:ouverture|accueil)|horaires?(?: d['’](?:ouverture|accueil))?)\s*:\s*(?:du\s+)?(?:monday|lundi)\s*(?:to|through|au|–|-)\s*(?:friday|vendredi)\b[^\n]{0,100}$/iu,
    maxLength: 160,
  },
  // "Wednesday 7:30 p.m. Prayer Meeting | Friday 8 p.m. Youth Fellowship": a weekly schedule of a congregation's or a
  // club's meetings, every item a weekday and its hour. (A weekday and a day of the month, "Saturday 3 June: Fiji v Samoa",
  // is a fixture list's row.)
  {
    kind: "navigation",
    rule: "boilerplate.weekly-schedule",
    test: /^(?:[\p{L} ]{1,30}:\s*)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?\s+\d{1,2}(?:(?:[:.]\d{2}|\s?h(?:\s?\d{2})?)(?:\s*[ap]\.?m\.?)?|\s*[ap]\.?m\.?)\s[^|\n]{2,40}(?:\s\|\s|$)){2,}$/iu,
    maxLength: 240,
  },
  // "Condolences: Light a candle | Send flowers | Share", "Options : Réserver | Imprimer | Partager": a labelled row of page
  // buttons that closes on sharing or printing.
  {
    kind: "share",
    rule: "boilerplate.labelled-buttons",
    test: /^[^|\n:]{1,40}:\s*(?:[^|\n:.]{1,40}\s\|\s){2,}(?:partager|share|imprimer|print)$/iu,
    maxLength: 200,
  },
  // "Cart (0) | My account", "Panier (2) | Mon compte", "Free delivery over $50 | Pay by card": an online shop's bar.
  {
    kind: "navigation",
    rule: "boilerplate.shop-bar",
    test: /^(?=[^\n]*\s\|\s)(?:[^\n]*(?<![\p{L}])(?:(?:cart|basket|panier)\s*\(\d+\)|my account|mon compte|free (?:shipping|delivery)|livraison gratuite|secure payment|paiement sécurisé)(?![\p{L}]))[^\n]*$/iu,
    maxLength: 160,
  },
  // "Presses du Sahel, 3, avenue Lamine-Guèye, BP 4410, Dakar, Sénégal", "Fisheries Desk, P.O. Box 912, Apia, Samoa": a postal address, its
  // post-office box among short comma-separated parts and no closing stop.
  {
    kind: "navigation",
    rule: "boilerplate.post-box-address",
    test: /^(?:[^\n,;!?]{1,50},\s*){1,5}(?:BP|B\.P\.|P\.\s?O\.\s?Box|PO Box|case postale|C\.P\.)\s\d[\d ]{0,8}(?:,\s*[^\n,;!?]{1,40}){1,4}(?<!\.)$/u,
    maxLength: 200,
  },
  // "Planning editors: all times Eastern ...", "Note to planning desks: ... Slug: DAYBOOK-0611.": a news agency's note to
  // the desks that use its diary, on its own line.
  {
    kind: "navigation",
    rule: "boilerplate.desk-note",
    test: /^(?:(?:[Nn]ote to )?(?:[Pp]lanning|[Aa]ssignment|[Nn]ews) (?:editors|desks?)\s*:|[^\n]{0,200}\bslug\s*:\s*[A-Z0-9][A-Z0-9-]{2,40}\.?$)/u,
    maxLength: 300,
  },
  // "In solidarity, from the Executive Board", "Solidairement, le comité exécutif": a union's sign-off.
  {
    kind: "copyright",
    rule: "boilerplate.union-signoff",
    test: /^(?:in solidarity|en solidarité|solidairement)\s*,\s*[^\n.!?]{0,60}$/iu,
    maxLength: 80,
  },
  // "Printed in-house by union labour.", "Imprimé par des travailleurs syndiqués": the union print line of a local's bulletin.
  {
    kind: "copyright",
    rule: "boilerplate.union-print-line",
    test: /\bprinted\b[^\n]{0,30}\bby union labou?r\b|\bimprimé\b[^\n]{0,30}\bsyndiqués?\b/iu,
    maxLength: 160,
  },
  // "Send us your news: write to notes@alumni.example.org by 15 March for the summer issue.": a magazine's call for its
  // readers' notes, an address and the deadline of the next issue.
  {
    kind: "navigation",
    rule: "boilerplate.news-call",
    test: /^(?:share|send(?: us)?|submit) your (?:news|notes|stories|updates)\b[^\n]{0,40}[\w.+-]+@[\w-]+(?:\.[\w-]+)+[^\n@]{0,80}$/iu,
    maxLength: 200,
  },
  // "Want to volunteer? Email us at help@example.org", "Envie de participer ? Écrivez-nous à benevoles@example.ca": a short
  // line that closes on an invitation to write to an e-mail address is the site's call, not the article's, with or without a
  // telephone to call after it ("Got a story? Write to us at news@example.com or call 1 888 555-0134.").
  {
    kind: "navigation",
    rule: "boilerplate.write-to-call",
    test: /(?:write to(?: us at)?|e-?mail us at|contact us at|reach us at|écrivez(?:-nous)? à|contactez-nous à)\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:\s+(?:or call|ou appelez(?:-nous)? au|ou composez le)\s+\+?\d[\d .-]{6,16}\d)?\.?$/iu,
    maxLength: 140,
  },
  // "Registered charity number 1012345", "12 Harbour Road, Leeds LS1 4AB | Company reg. no. 04417752": a charity's or a firm's
  // registration number, on its own line or closing an address bar, or opening a bar of the firm's other numbers
  // ("Business registration no. 104-81-55555 | Licence no. 2019-3"); a French charity's "Numéro d'organisme de bienfaisance".
  {
    kind: "navigation",
    rule: "boilerplate.registration-number",
    test: /(?:^|\|\s*)(?:(?:charitable|charity|business|company)\s+(?:registration|reg\.)|registered charity|numéro d['’](?:entreprise|enregistrement|organisme de bienfaisance))\s*(?:number|no\.?|n°|#)?\s*:?\s*\p{N}[\p{N}\p{Lu} -]{3,30}(?:\s\|\s[^|\n]{1,60})*$/iu,
    maxLength: 240,
  },
  // "Pour en savoir plus sur le caribou, consultez notre dossier.", "To learn more about the exhibit, visit our website.": a
  // pointer to the site's own pages.
  {
    kind: "navigation",
    rule: "boilerplate.learn-more-pointer",
    test: /^(?:pour en savoir plus|pour plus d['’]informations?|to learn more|to find out more|learn more)\b[^\n]{0,100}?,\s*(?:consultez|visitez|rendez-vous sur|visit|see|read|check out)\s+(?:notre|nos|our)\b[^\n]{0,60}$/iu,
    maxLength: 200,
  },
  // "Register (free) >", "Slides (PDF, 2.1 MB) >", "Give monthly today →": a link or donation button closing on an arrow.
  { kind: "navigation", rule: "boilerplate.link-button", test: /^[^\n.!?>]{2,50}(?:\([^)\n]{1,30}\))?\s[>›→]$/u, maxLength: 60 },
  // "List | ◀ Previous: ... | Next ▶: ...", "List | Prev: ... | Next: ...": the links to a list's neighbouring items in one bar.
  {
    kind: "navigation",
    rule: "boilerplate.prev-next-bar",
    test: /(?:^|\|\s*)(?:◀\s*)?(?:previous|prev|précédent)\b[^\n|]{0,100}\|\s*(?:next|suivant)\b/iu,
    maxLength: 240,
  },
  // A reference list's numbered entry: a quoted title followed by its publisher or a retrieval date.
  {
    kind: "references",
    rule: "boilerplate.numbered-reference",
    test: /^\d{1,3}\.\s+(?:[^\n"“]{0,80}\s)?["“][^"”\n]{3,150}["”]\.\s[^\n]{2,120}$|^\d{1,3}\.\s[^\n]{2,200}\b(?:Retrieved|Consulté le|Archived from)\b[^\n]{0,60}$/u,
    maxLength: 300,
  },
  // A newswire's "SOURCE <organisation>" line.
  { kind: "navigation", rule: "boilerplate.wire-source", test: /^SOURCE\s+\p{Lu}[^\n]{2,80}$/u, maxLength: 100 },
  // "About the Canada Korea Business Council" over the organisation's standard paragraph.
  {
    kind: "author_bio",
    rule: "boilerplate.about-organisation",
    test: /^(?:About|À propos d(?:e|u|es|e la|e l['’]))\s+(?:the\s+|la\s+|le\s+|l['’])?\p{Lu}[^\n.!?]{2,80}$/u,
    maxLength: 100,
    untilBlank: true,
  },
  // "WATCH | Leaders announce a deal:" with the video's title and caption under it, down to the blank line.
  {
    kind: "advertisement",
    rule: "boilerplate.video-embed",
    test: /^(?:watch|listen|video|regardez|écoutez|vidéo)\s*[|:]\s*\S/i,
    maxLength: 200,
    untilBlank: true,
  },
  // "Listen to the full episode of Morning Desk on Radio Listen.", "Écoutez l'émission complète": a broadcaster's pointer
  // under a transcript to the recording it was taken from, alone on its line.
  {
    kind: "advertisement",
    rule: "boilerplate.episode-pointer",
    test: /^(?:listen to|watch|écoutez|regardez)\s+(?:the\s+)?(?:full\s+|whole\s+|entire\s+)?(?:episode|interview|broadcast|segment|programme|program|l['’]émission|l['’]entrevue|l['’]épisode)(?![\p{L}])[^\n.!?]{0,80}[.!]?$/iu,
    maxLength: 140,
  },
  // A caption closing on the clip's running time: "... weighs in on the deal. 5:02".
  { kind: "advertisement", rule: "boilerplate.video-caption", test: /[.!?'"”]\s+\d{1,2}:\d{2}(?::\d{2})?\s*$/, maxLength: 400 },
  // A section menu: a row of four or more short capitalised words or pairs, set apart by wide spaces.
  {
    kind: "navigation",
    rule: "boilerplate.section-menu",
    test: /^[\p{Lu}][\p{L}&'’-]*(?: [\p{Lu}&][\p{L}'’-]*)?(?:\s{2,}[\p{Lu}][\p{L}&'’-]*(?: [\p{Lu}&][\p{L}'’-]*)?){3,}$/u,
  },
  // A toolbar: two or more page tools in a row ("Download PDF   Print   Cite this brief", "Partager sur X   Copier le lien").
  {
    kind: "share",
    rule: "boilerplate.toolbar",
    test: /^(?:(?:download|print|cite|share|email|save|bookmark|copy link|listen|partager|imprimer|télécharger|copier le lien|citer|écouter)\b[^\n]{0,25}?(?:\s{2,}|\s*[|•·]\s*|$)){2,}$/iu,
  },
  {
    kind: "share",
    rule: "boilerplate.share-label",
    test: /^(?:social sharing|share on [\p{L} ]{1,20}|partager sur [\p{L} ]{1,20}|partage(?:r)? (?:cet|l['’])article)$/iu,
  },
  // A breadcrumb trail: "Canada.ca > Department > News".
  { kind: "navigation", rule: "boilerplate.breadcrumb", test: /^[^\n>›»]{1,80}(?:\s[>›»]\s[^\n>›»]{1,80}){2,}$/u, maxLength: 300 },
  // An author's e-mail on its own line, bare or after the name ("Jane Roe (jroe@example.com)", "BY JANE ROE [jroe@...]"),
  // or as the story's call to write to its reporter ("Write to Jane Roe at jroe@example.com", "Staff writer Jane Roe can
  // be reached at jroe@example.com", "On peut joindre Jean Roy à jroy@example.com").
  {
    kind: "author_bio",
    rule: "boilerplate.email-byline",
    test: /^(?:(?:by|par|write to|contact|écrire à|écrivez à)\s+)?(?:[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){0,3}\s*)?(?:(?<=\s)(?:at|à)\s+)?[([<]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[)\]>]?$|^(?:[\p{L}'’.-]+\s+){1,5}(?:can|may) be (?:reached|contacted) (?:at|by e-?mail at)\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$|^on peut joindre\s+(?:[\p{L}'’.-]+\s+){1,5}(?:à|au)\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$/iu,
  },
  // "Read more in this week's print edition.", "Lisez la suite dans notre édition papier": a paper's pointer to its print
  // edition.
  {
    kind: "navigation",
    rule: "boilerplate.print-edition-note",
    test: /^(?:(?:read|see) (?:more|the full story|the rest of (?:this|the) story) in (?:this week['’]s|today['’]s|our|the) print edition|(?:lisez|lire) la suite dans (?:notre|l['’]) ?édition (?:papier|imprimée))\.?$/iu,
    maxLength: 80,
  },
  // A wire's sign-off: the agency and its editors' initials ("AAP ab/cd").
  { kind: "copyright", rule: "boilerplate.wire-signoff", test: /^[A-Z]{2,8}\s+[a-z]{2,4}(?:\/[a-z]{2,4})+$/ },
  // Each item is read whole before its bar ("(?=(...))\1" keeps what it took): an item's spaces could otherwise go to
  // the item or to the space before the bar, and a long line with many bars that is no menu would be tried every way.
  {
    kind: "navigation",
    rule: "boilerplate.menu-bar",
    test: /^(?:(?=([\p{L}&][\p{L} &]{1,19}))\1\s*[|•»›]\s*){2,}[\p{L} &]{2,20}$/u,
  },
  // "Sensex 82,104.35 ▲ 0.42% | Nifty 50 25,031.60", "KOSPI 3,412.20 up 0.8 pct  S&P 500 6,610.4": a market ticker, whose index numbers are no dates.
  {
    kind: "advertisement",
    rule: "boilerplate.market-ticker",
    test: /^(?:[Mm]arkets?\s*:\s*)?(?:[\p{Lu}][\p{L}&/.0-9 -]{1,25}?\s+[₩$€£₹¥]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)\s*(?:[▲▼]|up|down)?\s*(?:[+-]?\d+(?:\.\d+)?\s*(?:%|pct)?)?\s*[▲▼]?\s*[|•·]?\s*){2,}$/u,
    maxLength: 240,
  },
  // Wire credits: "(Reporting by ...; Editing by ...)".
  {
    kind: "copyright",
    rule: "boilerplate.wire-credit",
    test: /^\((?:(?:additional )?reporting|writing|editing|compiled) by [^)]{2,200}\)$/i,
  },
  // "The Canadian Press is Canada's trusted news source. Read more: Politics", "SAnews.gov.za is a South African government
  // news service, published by ...": a news organisation's tagline closing its
  // stories, with the section link after it. "Les dépêches de l'agence sont publiées telles quelles, sans relecture": a
  // site's notice that it republishes an agency's wire unedited.
  {
    kind: "copyright",
    rule: "boilerplate.wire-tagline",
    test: /^(?:The\s+)?\p{Lu}[\p{L}.&'’ -]{1,40}\s+is\s+(?:\p{Lu}[\p{L}-]+['’]s|the|an?)\s+(?:[\p{L}-]+\s+){0,3}(?:news\s+(?:source|agency|organi[sz]ation|service)|source\s+(?:of|for)\s+news)(?![\p{L}])[^\n]{0,80}$|^[^\n]{0,60}\bdépêches\b[^\n]{0,40}\bpubliées telles quelles\b[^\n]{0,120}$/u,
    maxLength: 200,
  },
  {
    kind: "related_articles",
    rule: "boilerplate.also-read",
    // "Tags: Chile, mining, critical minerals": a post's tags. "Billets similaires : A | B": a blog's related posts.
    // "Download PDF | Related: ...": one short page tool may come first.
    test: /^(?:[^|\n:]{1,30}\|\s*)?(?:also read|read also|read more|related(?: (?:content|coverage|news|article|[a-z]+s))?|more (?:briefs|news|stories|articles)|lire aussi|lisez (?:aussi|également)|à lire (?:aussi|également)|lire également|voir aussi|vous aimerez aussi|(?:offres|emplois|postes) similaires|similar (?:jobs|offers|postings|posts|articles|stories)|(?:articles|billets|publications) (?:similaires|connexes)|tags?|étiquettes|mots-clés|search for related information by keywords?|rechercher des renseignements connexes par mot-clé)\s*[|:]\s*\S/i,
    maxLength: 200,
  },
  {
    kind: "navigation",
    rule: "boilerplate.timestamp",
    test: /^(?:time)?\d+\s+(?:minutes?|hours?|days?)\s+ago$|^il y a \d+ (?:minutes?|heures?|jours?)$/i,
  },
  // Sections that close an article and hold nothing of it: notes, the author's bio, the press contacts.
  {
    kind: "references",
    rule: "boilerplate.notes-heading",
    // "References [edit]": a wiki's section heading carries its edit link.
    test: /^(?:notes|endnotes|footnotes|references|sources|bibliography|notes de (?:bas de page|fin)|références)\s*:?(?:\s*\[(?:edit|modifier)\])?$/i,
    toEnd: true,
  },
  // "ENDS", "-30-", "– 30 –", "###", a French wire's "(FIN)", "Fin du communiqué", "End of release": the release ends here;
  // what follows is its furniture.
  {
    kind: "navigation",
    rule: "boilerplate.release-end",
    test: /^(?:[-—–]\s*)?(?:ENDS?|\(END\)|\(FIN\)|[-—–]\s*30\s*[-—–]|#{3}|(?:Fin|FIN)\s+du\s+communiqué|(?:End|END)\s+of\s+(?:the\s+)?(?:release|statement|media\s+release|press\s+release))(?:\s*[-—–.])?\s*$/u,
    toEnd: true,
  },
  // "About the author" closes an article on its author's box. A bare "L'AUTEUR" heads a section of a book's sheet (the
  // author's life, then the launch dates under their own heading): the page's own matter, not the end of it.
  {
    kind: "author_bio",
    rule: "boilerplate.about-author",
    test: /^(?:about the authors?|à propos de l['’]auteure?)\s*:?$/i,
    toEnd: true,
  },
  {
    kind: "navigation",
    rule: "boilerplate.contacts",
    test: /^(?:contacts?|media (?:relations|contacts?|inquiries|enquiries)|for more information|renseignements|personnes-ressources|relations avec les médias)\s*:?$/i,
    toEnd: true,
  },
  // "Further information:", "For media enquiries:", "For media queries, please contact:", "Contact the Committee", "Contact presse" alone on its line: the heading of the release's contact
  // block (a service, a name with a telephone, an e-mail), which runs down to the blank line.
  {
    kind: "navigation",
    rule: "boilerplate.contact-block-heading",
    test: /^(?:(?:(?:for\s+)?(?:further|more)\s+information|(?:for\s+)?media\s+(?:contacts?|inquiries|enquiries|queries)(?:,\s+please\s+contact)?|press\s+contacts?|pour\s+(?:plus\s+d['’]information|de\s+plus\s+amples\s+renseignements|tout\s+renseignement))\s*:|contacts?\s+(?:presse|médias)\s*:?|contact\s+(?:the|our)\s+(?:committee|secretariat|press\s+office|media\s+team))$/iu,
    maxLength: 50,
    untilBlank: true,
  },
  {
    kind: "navigation",
    rule: "boilerplate.cookies",
    test: /we use cookies|this (?:site|website) uses cookies|cookie (?:policy|settings|preferences)|nous utilisons des (?:témoins|cookies)|(?:ce|notre) site utilise des (?:témoins|cookies)|accept all cookies/i,
    maxLength: 400,
  },
  // "Nouvelles fournies par" over "Cabinet du ministre ...", "News provided by" over the issuer: a newswire's credit of the
  // organisation whose release it carries, the issuer's name on the line below.
  {
    kind: "navigation",
    rule: "boilerplate.provided-by",
    test: /^(?:news provided by|nouvelles fournies par)\s*:?$/iu,
    nameBelow: true,
  },
  // "Ce document est publié à titre informatif. Seule la version signée ... fait foi.", "Only the signed version is
  // authoritative.": a page's note on which version of the document counts; "Si vous citez ... un lien hypertexte vers
  // ukrinform.fr est obligatoire.", "A hyperlink to ... is required": a publisher's terms for quoting its stories.
  {
    kind: "navigation",
    rule: "boilerplate.version-and-link-notices",
    test: /^[^\n]{0,120}(?:seule la version\b[^\n]{0,100}\bfait foi|only the (?:signed|official|original) version\b[^\n]{0,100}\b(?:is authoritative|prevails|is official)|(?:lien hypertexte|hyperlink|active link)\b[^\n]{0,60}\b(?:est obligatoire|is (?:required|mandatory|obligatory)))\.?$/iu,
    maxLength: 240,
  },
  {
    kind: "navigation",
    rule: "boilerplate.page-tools",
    test: /^(?:report (?:a problem|an? (?:editorial )?error|a technical issue|a typo)[^\n]{0,40}|date modified:?(?:\s*\d{4}-\d{2}-\d{2})?|editorial code of conduct|signaler un problème[^\n]{0,40}|vous avez (?:trouvé|remarqué|repéré) une (?:erreur|coquille)[^\n]{0,80}|(?:did you )?(?:find|found|notice|spot) an? (?:error|mistake|typo) on this page[^\n]{0,60}|rechercher dans [^\n|]{1,40}|date de modification\s*:?(?:\s*\d{4}-\d{2}-\d{2})?|attachments?|(?:※\s*)?(?:attachments?|pièces? jointes?)\s*:\s*\S[^\n]*|there are no attachments\.?|(?:web\s+)?(?:views?|hits?|downloads?)\s*:?\s*\d{1,3}(?:[,.\s]\d{3})*|(?:story|image|video|article|post)\s+id\s*:\s*\d+|follow us[^\n]{0,80}|suivez-nous[^\n]{0,80}|(?:[a-z ]{3,30}:\s*)?was this (?:page|article|information) (?:helpful|useful)\??[^\n]{0,20}|cette page (?:vous )?a-t-elle été utile\s*\??[^\n]{0,20}|visitors?(?: counter)?\s*:?\s*[\d,.\s]+|(?:download|télécharger)\b[^\n|]{0,80}\((?:pdf|docx?|xlsx?|pptx?)\b[^)\n]{0,20}\)(?:\s*\|\s*[^|\n]{1,40}){0,3})$/i,
  },
  {
    // "Last updated: 2031-06-18", "Download PDF (412 KB)", "#TeamCanada #Hydrogen": a page's furniture, each a line of its
    // own. ("Dernière mise à jour : 2 déc. 2030" is content, as the earlier sets annotate it.) "Ces renseignements vous
    // ont-ils été utiles ? Oui | Non", "Did you find what you needed? Yes | No": a question over its two answer buttons is
    // the page's feedback form. "Next update: Monday, 4 August – 09:00 CEST",
    // "Prochain bulletin : ...": a periodic report's note on when the next one comes out, not an event of the text. "Mis à
    // jour : 03/02/2033": an update stamp with the day in figures. "Last updated 3 hours ago", "Mis à jour à 8 h 47": the
    // content system's edit stamp as an age or as a time of day alone, no date in it.
    // "*Unofficial translation": a ministry's note on the English version of its page.
    kind: "navigation",
    rule: "boilerplate.page-stamps",
    test: /^(?:(?:last\s+)?(?:updated|modified)\s*:?\s*\d{4}-\d{2}-\d{2}|mise? à jour\s*:\s*\d{1,2}[/.]\d{1,2}[/.]\d{4}|(?:last\s+)?updated\s+\d{1,2}\s+(?:minutes?|hours?)\s+ago|mis à jour (?:à\s+\d{1,2}\s?h\s?\d{2}|il y a\s+\d{1,2}\s+(?:minutes?|heures?))|\*?\s*(?:(?:unofficial|non-official) translation|traduction non officielle)|(?:next (?:report|update|bulletin|issue|situation report)|prochaine? (?:rapport|bulletin|mise à jour|numéro|point de situation))\s*:\s*[^\n]{1,80}|(?:download|télécharger)\s*:?\s*(?:the\s+|le\s+)?(?:pdf|docx?|[^\s|]{1,60}\.(?:pdf|docx?))\b[^\n]{0,120}|(?:#[\p{L}\p{N}_]+\s*)+|[^\n]{0,80}\?\s*(?:oui|yes)\s*[|/]\s*(?:non|no))$/iu,
  },
  {
    // "For immediate release", "FOR IMMEDIATE RELEASE:", "Pour diffusion immédiate", "Pour publication immédiate": a release's
    // embargo notice, on a line of its own above the headline, says when it may run, nothing the release tells.
    kind: "navigation",
    rule: "boilerplate.release-notice",
    test: /^(?:for\s+immediate\s+(?:release|distribution)|pour\s+(?:diffusion|publication)\s+immédiate)\s*:?$/iu,
  },
  {
    // "Government of Canada / Gouvernement du Canada", "Gouvernement du Canada | Government of Canada", "Gouvernement du
    // Canada": the federal site's bilingual signature over every page, the site's masthead, not the release's issuer.
    kind: "navigation",
    rule: "boilerplate.federal-signature",
    test: /^(?:government\s+of\s+canada|gouvernement\s+du\s+canada)(?:\s*[|/]\s*(?:government\s+of\s+canada|gouvernement\s+du\s+canada))?$/iu,
  },
  {
    // "Mis à jour 12 mars 2031", "Mis à jour le 8 octobre 2032 à 10 h 27 HAE": the content system's edit stamp with the
    // day in words, beside the publication stamp ("Publié le ...") that dates the story.
    kind: "navigation",
    rule: "boilerplate.update-stamp-in-words",
    test: /^mis\s+à\s+jour\s+(?:le\s+)?\d{1,2}(?:er)?\s+\p{L}+\.?\s+\d{4}(?:\s+à\s+\d{1,2}\s?h\s?\d{2}(?:\s+\p{Lu}{2,4})?)?$/iu,
  },
  {
    // "Back to news list", "Back to news", "Retour à la liste des actualités": a link back to the list of stories.
    kind: "navigation",
    rule: "boilerplate.back-to-list",
    test: /^(?:back\s+to\s+(?:the\s+)?(?:news\s+list|list\s+of\s+news|news|list|press\s+releases)|retour\s+à\s+la\s+liste(?:\s+des\s+(?:nouvelles|actualités|communiqués))?)$/iu,
  },
  {
    // "Topics: Foreign policy | Trade | Asia and the Pacific", "Thèmes : Commerce | Asie": a
    // portal's topic labels, links to other pages as tags are.
    kind: "navigation",
    rule: "boilerplate.topic-labels",
    test: /^(?:topics|sujets|thèmes)\s?:\s*[^\n|]{2,60}(?:\s\|\s[^\n|]{2,60})+$/iu,
    maxLength: 240,
  },
  {
    kind: "navigation",
    rule: "boilerplate.counter",
    test: /^(?:hits?|views?|vues|조회수?)\s*:?$/iu,
    valueBelow: true,
  },
  {
    kind: "references",
    rule: "boilerplate.footnote",
    test: /^\[(?:\d{1,3}|[ivxl]{1,6})\]\s*(?:["“«]|ibid|https?:|[^\n]{0,200}(?:https?:\/\/|\(date (?:of )?access))/i,
  },
];

/**
 * "News > Festival News", "Emergencies > Operations updates": two short items around a '>' right under the site's menu
 * bar, or under it after a blank line, are its breadcrumb. Under a newspaper's name alone ("Le Soleil" over "Actualités >
 * Économie") the earlier sets keep such a line as the article's section, so the menu above is required. A menu holding
 * the newsletters' link ("... | Newsletters | Subscribe", "... | Infolettres | Mon compte") is read as mailing furniture,
 * and is the menu all the same.
 */
const SHORT_BREADCRUMB = /^[^\n>›«»]{1,40}\s>\s[^\n>›«»]{1,40}$/u;
/**
 * "Coopération", "International", "Politique africaine" right under the site's menu bar and over a blank line: the rubric
 * of the section the story is filed in, a label of one or two words.
 */
const RUBRIC = /^\p{Lu}[\p{L}'’-]{2,24}(?:\s\p{L}[\p{L}'’-]{1,24})?$/u;
function isRubricUnderMenu(scan: BoilerplateScan, i: number): boolean {
  const { lines, blocks } = scan;
  if (!RUBRIC.test(lines[i]!.body) || (lines[i + 1]?.body ?? "") !== "" || !MENU_BAR.test(lines[i - 1]?.body ?? "")) return false;
  const above = blocks.at(-1);
  return !!above?.removed && above.kind === "navigation" && above.end === lines[i]!.start;
}
/**
 * "46th Parliament, 1st Session", "44e législature, 1re session" under "STANDING COMMITTEE ON FOREIGN AFFAIRS" or "COMITÉ
 * PERMANENT DES FINANCES": a committee's name in capitals over its Parliament and session is the masthead of its pages.
 */
const PARLIAMENT_SESSION = /^\d{1,2}(?:st|nd|rd|th|e)\s+(?:Parliament|législature),\s+\d(?:st|nd|rd|th|re|e)\s+[Ss]ession$/u;
const COMMITTEE_IN_CAPITALS = /^(?=[^\n]*(?:COMMITTEE|COMITÉ))[A-ZÀ-Ý'’ -]{10,100}$/u;
const isCommitteeMasthead = (lines: ReadonlyArray<{ body: string }>, i: number) =>
  PARLIAMENT_SESSION.test(lines[i]!.body)
    ? COMMITTEE_IN_CAPITALS.test(lines[i - 1]?.body ?? "")
    : COMMITTEE_IN_CAPITALS.test(lines[i]!.body) && PARLIAMENT_SESSION.test(lines[i + 1]?.body ?? "");
function underMenu(body: string, blocks: readonly BoilerplateBlock[]): boolean {
  if (!SHORT_BREADCRUMB.test(body)) return false;
  const above = blocks.findLast((b) => b.rule !== "boilerplate.blank");
  return (above?.kind === "navigation" || above?.rule === "boilerplate.newsletter") && !!above?.removed;
}

/**
 * "Head, Citizenship by Investment Unit", "Directeur, Service du protocole": an office signing a circular, a paragraph of
 * its own with no name over it. (Under the signer's name, "Directrice, École secondaire ...", it is the signer's title:
 * the earlier sets keep it.)
 */
const SIGNING_OFFICE =
  /^(?:head|director|directeur|directrice|chief|chef|manager|secretary|registrar|commissioner)(?:[- ]general|[- ]générale?)?,\s+(?:the\s+)?\p{Lu}[\p{L}'’ -]{3,60}$/iu;
const isUnsignedOffice = (lines: ReadonlyArray<{ body: string }>, i: number) =>
  SIGNING_OFFICE.test(lines[i]!.body) && lines[i - 1]?.body === "" && (lines[i + 1]?.body ?? "") === "";

/** A time of day: "7:40 PM", "8:14 a.m.", "7 h 40", "18 h". */
const TIME_OF_DAY = wordStart(/(?<!\d)\d{1,2}(?::\d{2}\s*(?:[ap]\.?m\.?)?|\s?h(?:\s?\d{2})?)(?![\p{L}\d])/iu);
/** "Posted: 5:00 AM ...", "Publié le 3 mai 2031 à 9 h 12", "Write: 2033-03-09 15:12:40": a story's publication stamp. */
const PUBLICATION_STAMP = /^(?:posted|published|write|written|publié|mis en ligne)(?![\p{L}])/iu;
/** "412 views", "1,204 vues": a page's view count. ("Views: 87" after a stamp is kept, as the earlier sets keep it.) */
const VIEW_COUNT = /^\d{1,3}(?:[,.\s]\d{3})*\s+(?:views|vues|reads|lectures)$/iu;
/** "Last Updated:", "Update:": a field's label with its colon. */
const FIELD_LABEL = /^[^:\n]{1,20}:/u;
/**
 * "Posted: May 4, 2031 6:10 AM | Last Updated: 25 minutes ago", "Write: 2031-05-04 09:12:40 / Update: 2031-05-04
 * 17:30:02", "Published on 04 May 2031 | By Ana Quispe | 1,208 views": a publication stamp's line closing, past a bar or a slash,
 * on the content system's revision field (its age or its second; one to the minute, "Mis à jour à 18 h 05", and a label
 * without its colon, "Updated 2 hours ago", are kept as the earlier sets keep them) or the page's view count; that last part
 * is furniture, the stamp before it content.
 * Returns that part, or null.
 */
function stampLineTail(body: string): string | null {
  if (!PUBLICATION_STAMP.test(body)) return null;
  const cut = /\s[|/]\s(?=[^|/]*$)/u.exec(body);
  if (!cut) return null;
  const tail = body.slice(cut.index + cut[0].length);
  const revised = REVISION_STAMP.test(tail) && FIELD_LABEL.test(tail) && (STAMP_AGE.test(tail) || TIME_TO_THE_SECOND.test(tail));
  return revised || VIEW_COUNT.test(tail) ? tail : null;
}
/** "Last Modified: 8:14 AM ...", "Mis à jour le 3 mai 2031 à 11 h": a story's revision stamp. */
const REVISION_STAMP = /^(?:last\s+(?:modified|updated|revised)|updated?|modified|mis\s+à\s+jour|modifié)(?![\p{L}])[^\n]{0,80}$/iu;
/**
 * "Posted: 5:00 AM CST Monday, Mar. 3, 2031" over "Last Modified: 9:26 AM CST Monday, Mar. 3, 2031": a revision stamp to the
 * minute right under the publication stamp to the minute is the content system's edit mark, not a date of the story. (A
 * revision stamp giving the day alone, or standing on its own, is kept as the earlier sets annotate it.)
 */
const isRevisionStamp = (body: string, above: string | undefined) =>
  REVISION_STAMP.test(body) &&
  (STAMP_AGE.test(body) ||
    TIME_TO_THE_SECOND.test(body) ||
    repeatsTheDayAbove(body, above) ||
    (TIME_OF_DAY.test(body) &&
      above !== undefined &&
      (PUBLICATION_STAMP.test(above) || BARE_STAMP.test(above)) &&
      TIME_OF_DAY.test(above)));
/**
 * "Aug 13,2034" over "Last updated at Aug 13,2034": a revision stamp that repeats, word for word, the bare publication
 * stamp right above it is the content system's edit mark.
 */
function repeatsTheDayAbove(body: string, above: string | undefined): boolean {
  const day = above?.trim();
  return !!day && BARE_STAMP.test(day) && body.trimEnd().endsWith(day) && body.trim().length > day.length;
}
/** "14 March, 2035, 09:40 pm", "Mar. 3, 2031 5:00 AM": a publication stamp without its label, a day with its year and a time. */
/** "Updated: 2030-06-05 18:32:10 KST": a revision stamp to the second is the content system's, on its own line too. */
const TIME_TO_THE_SECOND = /(?<!\d)\d{1,2}:\d{2}:\d{2}(?!\d)/u;
const BARE_STAMP = /^(?=[^\n]*(?<!\d)(?:19|20)\d{2}(?!\d))[\p{L}\p{N} ,./:-]{8,40}$/u;
/** "Last Updated: 3 hours ago", "Mis à jour il y a 20 minutes": a revision stamp giving the story's age, no day of it. */
const STAMP_AGE = wordStart(
  /(?<![\p{L}\p{N}])(?:\d{1,2}|an?|une?)\s+(?:minutes?|mins?|hours?|hrs?|heures?|days?|jours?)\s+ago\s*$|\bil y a\s+(?:\d{1,2}|une?)\s+(?:minutes?|heures?|jours?)\s*$/iu,
);

/** "150 Boteler Street", "60 Sajik-ro 8-gil": a street with its number, one part of an address line. */
const STREET_PART =
  /^\d{1,5}[A-Za-z]?\s(?:\p{Lu}[\p{L}'’-]*\s){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Lane|Way|Place|Square|Crescent|Terrace)\.?$|^\d{1,5}\s\p{Lu}\p{Ll}+-(?:ro|gil|daero)(?:\s\d{1,3}-gil)?$/u;
/** "Rahukohtu 3", "Wetstraat 16": a street named before its number, an address's part only beside a postcode. */
const STREET_BEFORE_NUMBER = /^\p{Lu}\p{Ll}+\s\d{1,4}[a-z]?$/u;
/**
 * "Jalan Sultan Ismail", "Persiaran Perdana", "Avenida Paulista": a street whose kind opens its name, written without a
 * number in Malaysia and Brunei, an address's part only beside a postcode.
 */
const STREET_KIND_FIRST =
  /^(?:Jalan|Jln\.|Lorong|Persiaran|Lebuh|Lebuhraya|Avenida|Calle|Rua)\s\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,4}$/u;
/** "ON K1N 5A6", "15161 Tallinn", "50480 Kuala Lumpur", "SW1A 2AA": a postcode, with the city after it or the province before it. */
const POSTCODE =
  /(?:^|\s)[A-Z]\d[A-Z]\s?\d[A-Z]\d$|^\d{4,6}\s\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?$|(?:^|\s)[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}$/u;
const CALENDAR_NAME = wordStart(
  /(?<![\p{L}])(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[\p{Ll}]*\.?(?![\p{L}])/u,
);
/**
 * "150 Boteler Street, Ottawa, ON K1N 5A6", "Ministry of Foreign Affairs, 60 Sajik-ro 8-gil, Jongno-gu, Seoul, Republic of
 * Korea", "Government Office | Stenbocki maja, Rahukohtu 3, 15161 Tallinn": a state office's postal address on a line of its
 * own, among the page's last lines: a street with its number among three or more short parts between commas or pipes, with a
 * postcode or four parts, no stop, label or day in it. (A university's or a venue's address, which the sets keep, opens on
 * its own name.)
 */
function isStreetAddress(body: string): boolean {
  if (body.length > 160 || /[.!?;:]$|:\s/u.test(body) || FINITE_VERB.test(body) || CALENDAR_NAME.test(body)) return false;
  const parts = body.split(/,\s+|\s\|\s/u);
  if (parts.length < 3 || parts.some((p) => p.length > 50)) return false;
  const street = parts.findIndex((p) => STREET_PART.test(p) || STREET_BEFORE_NUMBER.test(p) || STREET_KIND_FIRST.test(p));
  if (street < 0) return false;
  const postcode = parts.some((p) => POSTCODE.test(p));
  if (!postcode && (parts.length < 4 || !STREET_PART.test(parts[street]!))) return false;
  return parts.slice(0, street).every((p) => PUBLIC_BODY_NOUN.test(p) || (/^[\p{L} ]{1,30}$/u.test(p) && !INSTITUTION_NOUN.test(p)));
}
/**
 * "Osong-eup, Heungdeok-gu, Cheongju-si, Chungcheongbuk-do", "Korea Customs Service, Seo-gu, Daejeon-si": an address written
 * by its administrative units, three or more of them or two after the office's name, each a name and its unit's suffix.
 */
const ADMINISTRATIVE_UNIT = /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?-(?:si|gun|gu|eup|myeon|dong|ro|gil|do)$/u;
function isUnitAddress(body: string): boolean {
  if (body.length > 160 || /[.!?;:]/u.test(body)) return false;
  const parts = body.split(/,\s+/u);
  const units = parts.filter((p) => ADMINISTRATIVE_UNIT.test(p)).length;
  return units >= 3 || (units >= 2 && parts.length === units + 1 && PUBLIC_BODY_NOUN.test(parts[0]!));
}
/** "To unsubscribe, ...", "You are receiving this email ...": a mailing's lines, under which the sender's address signs it. */
const MAILING_LINE = /unsubscribe|désabonner|receiving this e-?mail|subscribed to/iu;
/** An address among the page's last four lines, not under a mailing's lines. */
const isFooterAddress = (lines: ReadonlyArray<{ body: string }>, i: number) =>
  (isStreetAddress(lines[i]!.body) || isUnitAddress(lines[i]!.body)) &&
  lines.slice(i + 1).filter((l) => l.body !== "").length <= 4 &&
  !lines.slice(Math.max(0, i - 3), i).some((l) => MAILING_LINE.test(l.body));
/** "Embassy of the Republic of Korea to Canada" over "150 Boteler Street, ...": an office's name heading its address. */
const isNameOverAddress = (lines: ReadonlyArray<{ body: string }>, i: number) =>
  !lines[i - 1]?.body && lines[i + 1] !== undefined && isFooterAddress(lines, i + 1) && isMastheadLine(lines[i]!.body);

/** The rules that read a contact line: an address, a telephone or an e-mail, with or without a label. */
const CONTACT_RULES = new Set(["boilerplate.pipe-contact", "boilerplate.contact-colon", "boilerplate.email-byline"]);
/**
 * "Contracting authority", "Contact us", "Service des bourses" right over a contact line ("Jane Roe, Buyer |
 * jane.roe@example.gc.ca | 613-555-0100"): a short heading of a few words is the title of the page's contact block.
 */
function headsContact(body: string, next: string | undefined): boolean {
  if (!next || !/^\p{Lu}[\p{L}'’ -]{2,40}$/u.test(body) || body.split(/\s+/u).length > 4) return false;
  return LINE_RULES.some(
    (r) => CONTACT_RULES.has(r.rule) && (r.maxLength === undefined || next.length <= r.maxLength) && r.test.test(next),
  );
}

const AD_WORDS =
  /\b(?:VISA|VISAS|LOANS?|CASINO|INSURANCE|BUY|CHEAP|DISCOUNT|APPLY|ONLINE|CLICK|FREE|OFFER|DEALS?|BOOK NOW|ETA|PASSPORT|IMMIGRATION SERVICES)\b/;
/** "NOTICE OF LOAN AGREEMENT": a capitalised heading that names the kind of document is its title, not a link-ad. */
const DOCUMENT_KIND = /\b(?:NOTICE|AGREEMENT|MEMORANDUM|STATEMENT|ANNOUNCEMENT|AVIS|ACCORD|ENTENTE)\b/u;
/** An all-capitals run of three or more words inside prose: a link-ad pasted into the article. */
const INLINE_CAPS_RUN = wordStart(/(?<=[.!?]\s*|^)(?:[A-Z][A-Z0-9'’&-]+\s+){2,}[A-Z][A-Z0-9'’&-]+(?=\s*$|\s*\n|\s+[A-Z][a-z])/gm);

const BIO_WORDS =
  /\b(?:graduated|graduate of|ph\.?d|doctoral|is currently (?:pursuing|a|an|working)|research interests|serves as|is a (?:senior |former |staff |freelance )?(?:fellow|reporter|journalist|correspondent|analyst|researcher|writer|editor|professor|specialist)|holds a|master['’]?s degree|primary interests|est diplômée?|est (?:journaliste|chercheure?|analyste|correspondante?))\b/gi;

/**
 * "Government of Canada / Gouvernement du Canada": a page's first line giving its publisher's name twice, in two languages
 * split by a slash, is its masthead. (A first line split by "|", "Le Devoir | Idées", names a section: the labelled sets
 * keep it.)
 */
function isBilingualMasthead(body: string): boolean {
  if (body.length > 140 || /[\d.!?:;«»"“”]/u.test(body)) return false;
  const halves = body.split(/\s+\/\s+/u);
  return halves.length === 2 && halves.every((h) => /^\p{Lu}/u.test(h) && h.split(/\s+/u).length <= 10);
}

/** A bar of three or more links between pipes: a site's menu. */
const MENU_BAR = /^[^|\n]{1,40}(?:\s\|\s[^|\n]{1,40}){2,}$/u;
/** A word that names an institution: what a site's masthead is ("British Council | Kenya", "Conseil des arts | Québec"). */
const INSTITUTION_NOUN = wordStart(
  /(?<![\p{L}])(?:museum|musée|church|église|temple|university|université|college|collège|lycée|école|school|éditions|publishers|agency|agence|organi[sz]ation|federation|fédération|union|syndicat|consulate|consulat|embassy|ambassade|funéraires?|funeral|association|society|foundation|fondation|library|bibliothèque|archives|institute|institut|company|compagnie|council|conseil)(?![\p{L}])/iu,
);
/**
 * "Legislative Assembly of Nunavut", "Secrétariat général du gouvernement", "Departamento di Asuntonan Exterior", "Yukon
 * Newsroom": a public body's office or its press page, what a government site's masthead names.
 */
const PUBLIC_BODY_NOUN = wordStart(
  /(?<![\p{L}])(?:office|newsroom|secretariat|secrétariat|department|departamento|département|ministry|ministère|ministerio|assembly|assemblée|parliament|parlement)(?![\p{L}])/iu,
);
/**
 * "Tasmania Gazette", "LE QUOTIDIEN DE LA RÉUNION", "Samoa Observer", "Agence Mauritanienne d'Information": a newspaper's or
 * a news agency's name, its title noun in it. A paper named for its island or its state is the publisher's masthead, not
 * the state's own page.
 */
const NEWSPAPER_NOUN = wordStart(
  /(?<![\p{L}])(?:d['’]information|journal|quotidien|press|presse|times|herald|gazette|tribune|chronicle|courier|courrier|observer|express|sun|post|star|echo|écho|daily|news|newspapers?)(?![\p{L}])/iu,
);
/**
 * "Oceanic Mutual Insurance Company Ltd.", "COASTAL FERRIES INC.", "Fraser School District No. 41": the stop of a firm's
 * legal form or of a number's abbreviation belongs to the name, no sentence's end.
 */
const NAME_ABBREVIATION = wordStart(/(?<=[\p{L}\p{N}]\s)(?:ltd|inc|corp|co|llc|plc|no)\.(?=\s\p{N}|\s*$)/giu);

/** "GOV.IL", "RTS.ch": a site's own domain name written as its masthead, capitals opening it. */
const SITE_DOMAIN = /^\p{Lu}[\p{L}-]{1,20}(?:\.\p{L}{2,4}){1,2}$/u;
/**
 * "ROM | Royal Ontario Museum", "Musée des Confluences | Lyon", "Seoul Union Church | 서울유니온교회", "KESTREL BRASS
 * ENSEMBLE", "Radio Maria 88.5 FM | The voice of the Church" right over the site's menu bar: one to three short names
 * between pipes are the site's masthead when they name an institution, open on a word in capitals or give the name in a
 * second script (a stop only inside a frequency or a number). ("Caisse Laurentienne | Études économiques" over its menu
 * names the section, as the earlier sets annotate it.)
 */
function isMastheadLine(body: string): boolean {
  if (SITE_DOMAIN.test(body)) return true;
  if (body === "" || body.length > 140 || /(?<!\d)\.|\.(?!\d)|[!?:;«»"“”]/u.test(body.replace(NAME_ABBREVIATION, ""))) return false;
  const parts = body.split(/\s\|\s/u);
  if (parts.length > 3 || parts.some((p) => p.split(/\s+/u).length > 9)) return false;
  return (
    /^\p{Lu}[\p{Lu}\p{N}-]{2,}(?![\p{L}])/u.test(body) ||
    /(?=\p{L})\P{Script=Latin}/u.test(body) ||
    INSTITUTION_NOUN.test(body) ||
    PUBLIC_BODY_NOUN.test(body) ||
    NEWSPAPER_NOUN.test(body)
  );
}

/**
 * "THE JUDICIARY OF THE GAMBIA", "Présidence de la République du Sénégal": a state's own masthead, a single name with its
 * country in it, tells whose page it is (the writer's country, which the people on the page take as their side); it stays,
 * and a second masthead line under it ("OFFICE OF THE MARITIME ADMINISTRATOR", "Department of Foreign Affairs Tonga") goes,
 * as does a state's name stacked under an office's ("Ministry of Fisheries" over "Kingdom of Tonga").
 */
const isStateMasthead = (body: string) =>
  !body.includes("|") &&
  !NEWSPAPER_NOUN.test(body) &&
  [body, body.replace(/\p{Lu}+/gu, (w) => w.charAt(0) + w.slice(1).toLowerCase())].some((b) =>
    findCountryMentions(b).some((m) => namesState(m) && !insideCompound(b, m)),
  );
/** "ICI Radio-Canada Info": a country's name joined by a hyphen to another word is part of a firm's or a broadcaster's name. */
const insideCompound = (body: string, m: { start: number; end: number }) => body[m.start - 1] === "-" || body[m.end] === "-";
/**
 * A masthead names its state by the state's name or demonym; a capital or a region in a firm's or a paper's name ("DOUGLAS
 * CHANNEL LNG", "GULF CONSTRUCTION WEEKLY", "Pearl Delta Coach") is no state's page.
 */
const namesState = (m: { capital: boolean; subdivision?: boolean }) => !m.capital && !m.subdivision;

/**
 * "Al-watwan" over "Le quotidien des Comores": a paper's short name stacked with a line naming it a paper (or another
 * masthead line), right over the menu, is the masthead too.
 */
const isShortName = (body: string) => /^\p{Lu}[\p{L}'’-]*(?:\s\p{L}[\p{L}'’-]*){0,2}$/u.test(body);
/** "Kingdom of Tonga", "REPUBLIC OF PALAU": a name, every word of four letters or more opening on a capital. */
const isTitleCased = (body: string) => body.split(/\s+/u).every((w) => w.length < 4 || /^\P{Ll}/u.test(w));
/**
 * "Office of the President of Palau" over "Ochib er a Rubak": under a state's masthead, a short name in title case
 * with no stop is the office's name in the island's own tongue.
 */
const isLocalName = (body: string, k: number, first: string) =>
  k === 1 && body.split(/\s+/u).length <= 6 && !/[.!?:;,|]/u.test(body) && isStateMasthead(first);
/** "Fitiavana – Tanindrazana – Fandrosoana", "Unité – Travail – Progrès": a state's motto, three words between dashes. */
const STATE_MOTTO = /^\p{Lu}[\p{L}'’]+(?:\s\p{L}[\p{L}'’]+)?(?:\s[–—]\s\p{Lu}[\p{L}'’]+(?:\s\p{L}[\p{L}'’]+)?){2}$/u;
/** "Le Soleil", "L'Orient-Le Jour", "Newswire": a paper's name of one to three capitalised words, its article with it. */
const isPaperName = (body: string) => /^(?:(?:The|Le|La|Les)\s|L['’])?\p{Lu}[\p{L}'’-]{2,}(?:\s\p{Lu}[\p{L}'’-]*){0,2}$/u.test(body);
/**
 * "The Global New Light of Myanmar" over "Copyright © 2033 The Global New Light of Myanmar", "Le Soleil" over "© 2032 Le
 * Soleil", "Matangi Tonga Online" over "(c) Matangi Tonga Online 2035": the page's first line named again as the copyright's
 * holder is its publisher's masthead, even when a paper's name holds its state's. A state's office ("Ambassade de la
 * République de Corée au Canada") still tells whose page it is and stays, and a name set in capitals ("BOTSWANA POLICE
 * SERVICE") is the title the earlier sets keep.
 */
function isPublisherInCopyright(lines: ReadonlyArray<{ body: string }>, first: number): boolean {
  const name = lines[first]?.body.toLowerCase() ?? "";
  const body = lines[first]!.body;
  if (name.length < 4 || name.length > 80 || /[.!?:;|]/u.test(name) || !/\p{Ll}/u.test(body)) return false;
  if (isStateMasthead(body) && (PUBLIC_BODY_NOUN.test(body) || INSTITUTION_NOUN.test(body))) return false;
  return lines.some((l, i) => i > first && /©|\(c\)|\bcopyright\b/iu.test(l.body) && l.body.toLowerCase().includes(name));
}
/**
 * "Canal de Panamá | Panama Canal", "Asia Pacific Foundation of Canada | Fondation Asie Pacifique du Canada": a name given in
 * two languages between a pipe, the two sharing a capitalised word (accents aside), is the publisher's name over its menu.
 */
function isNameInTwoLanguages(body: string): boolean {
  const halves = body.split(/\s\|\s/u);
  if (halves.length !== 2 || body.length > 120 || /[\d.!?:;,]/u.test(body)) return false;
  const words = (h: string) => new Set((h.match(/\p{Lu}\p{Ll}{3,}/gu) ?? []).map(foldText));
  const [a, b] = halves.map(words) as [Set<string>, Set<string>];
  return [...a].some((w) => b.has(w));
}

/**
 * How many of the page's first lines are its masthead: one, or two stacked ("NORTHERN ISLANDS PORT AUTHORITY" over
 * "HARBOUR MASTER'S OFFICE", "Ministry of Fisheries" over "Kingdom of Tonga": a state's name counts in the stack, a
 * tagline naming a state, "A podcast on Canada in the Pacific", does not), right over the menu bar or over the portal's
 * link beside the language switch ("Yukon Newsroom" over "Yukon.ca | Français"). (A newspaper's name over a market ticker,
 * "Sensex 82,104 ▲0.4% | ...", is not over a menu: the earlier sets keep it.) Three lines are a masthead when a state's motto
 * stands among them ("REPOBLIKAN'I MADAGASIKARA", "Fitiavana – Tanindrazana – Fandrosoana", "PRÉSIDENCE DE LA RÉPUBLIQUE").
 */
function mastheadLineCount(lines: ReadonlyArray<{ body: string }>, first: number): number {
  for (const n of [1, 2, 3]) {
    const menu = lines[first + n]?.body;
    if (
      menu &&
      (MENU_BAR.test(menu) || PORTAL_AND_LANGUAGE.test(menu)) &&
      !/[▲▼%]/u.test(menu) &&
      (n < 3 || lines.slice(first, first + n).some((l) => STATE_MOTTO.test(l.body))) &&
      lines
        .slice(first, first + n)
        .every(
          (l, k) =>
            isMastheadLine(l.body) ||
            (k > 0 && STATE_MOTTO.test(l.body)) ||
            (n === 1 && isPaperName(l.body) && menu.split(" | ").length >= 5) ||
            (isTitleCased(l.body) && (isStateMasthead(l.body) || isLocalName(l.body, k, lines[first]!.body))) ||
            (n === 2 && isShortName(l.body) && isMastheadLine(lines[first + 1 - k]!.body)) ||
            (k > 0 && LANGUAGE_SWITCH.test(l.body)) ||
            (k === 0 && isNameInTwoLanguages(l.body)),
        )
    )
      return n;
  }
  return 0;
}

interface Line extends Span {
  body: string;
}

/** What `classifyBoilerplate` reads once for a text and hands to each reading of a line. */
interface BoilerplateScan {
  text: string;
  lines: Line[];
  /** The blocks read so far, in order. */
  blocks: BoilerplateBlock[];
  /** The names of the bylines ("By Jane Doe" lines), whose biography may follow the article. */
  bylines: string[];
  /** The bodies of the lines read as content or as an author's biography so far. */
  previousBodies: string[];
}

/** A run of lines a heading opens: up to the next blank line (`untilBlank`), or a list of links up to the prose after it. */
interface OpenRun extends Span {
  rule: LineRule;
  untilProse: boolean;
  lastItem: string;
  afterBlank: boolean;
}

export function classifyBoilerplate(text: string): BoilerplateBlock[] {
  const scan = scanLines(text);
  const { lines, blocks } = scan;
  const firstLine = lines.findIndex((l) => l.body !== "");
  const mastheadLines = firstLine < 0 ? 0 : mastheadLineCount(lines, firstLine);
  let run: OpenRun | null = null;
  let toEndFrom: { at: number; rule: LineRule } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (run) {
      if (runTakes(run, line)) continue;
      blocks.push(runBlock(run));
      run = null;
    }
    if (line.body === "") {
      blocks.push({ start: line.start, end: line.end, kind: "content", removed: false, rule: "boilerplate.blank", confidence: 1 });
      continue;
    }
    const masthead = mastheadRule(lines, i, firstLine, mastheadLines);
    if (masthead) {
      blocks.push(lineBlock(line, "navigation", masthead, 0.85));
      continue;
    }
    const rule = LINE_RULES.find((r) => (r.maxLength === undefined || line.body.length <= r.maxLength) && r.test.test(line.body));
    if (rule?.toEnd) {
      toEndFrom = { at: line.start, rule };
      break;
    }
    if (rule?.untilBlank || rule?.untilProse) {
      run = { start: line.start, end: line.end, rule, untilProse: !rule.untilBlank, lastItem: "", afterBlank: false };
      continue;
    }
    if (rule) {
      i += pushLineRule(scan, i, rule);
      continue;
    }
    const block = readLine(scan, i);
    if (block) blocks.push(block);
    else pushContentWithInlineAds(text, line, blocks);
    if (!block || block.kind === "author_bio") scan.previousBodies.push(line.body);
  }
  if (run) blocks.push(runBlock(run));
  if (toEndFrom)
    blocks.push({
      start: toEndFrom.at,
      end: text.length,
      kind: toEndFrom.rule.kind,
      removed: true,
      rule: toEndFrom.rule.rule,
      confidence: 0.85,
    });
  removeFooterLinesBetween(blocks);
  removeSiteHeaderLabels(text, blocks);
  joinSignOffToEnd(blocks);
  return mergeAdjacent(blocks);
}

/** The text's lines (each with its line break, its body trimmed) and the names of its bylines. */
function scanLines(text: string): BoilerplateScan {
  const lines: Line[] = [];
  const re = /[^\n]*(?:\n|$)/g;
  for (let m = re.exec(text); m && m[0] !== ""; m = re.exec(text))
    lines.push({ start: m.index, end: m.index + m[0].length, body: m[0].trim() });
  const bylines = lines
    .map((l) => /^(?:by|par)\s+([\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){1,3})\s*$/iu.exec(l.body)?.[1])
    .filter((n): n is string => !!n);
  return { text, lines, blocks: [], bylines, previousBodies: [] };
}

/** A removed line of furniture. */
function lineBlock(line: Line, kind: BoilerplateBlock["kind"], rule: string, confidence: number): BoilerplateBlock {
  return { start: line.start, end: line.end, kind, removed: true, rule, confidence };
}

/** Whether the open run takes `line`: a heading's run every line up to a blank one, a list of links every line up to its end. */
function runTakes(run: OpenRun, line: Line): boolean {
  if (!run.untilProse) {
    if (line.body === "") return false;
    run.end = line.end;
    return true;
  }
  if (line.body === "") {
    run.afterBlank = true;
    return true;
  }
  if (endsLinkList(line.body, run.lastItem, run.afterBlank)) return false;
  run.end = line.end;
  run.lastItem = line.body;
  run.afterBlank = false;
  return true;
}

function runBlock(run: OpenRun): BoilerplateBlock {
  return { start: run.start, end: run.end, kind: run.rule.kind, removed: true, rule: run.rule.rule, confidence: 0.85 };
}

/** The masthead rule that removes line `i`, if it is one of the page's masthead lines (see `mastheadLineCount`). */
function mastheadRule(lines: readonly Line[], i: number, firstLine: number, mastheadLines: number): string | undefined {
  const body = lines[i]!.body;
  if (i === firstLine && isBilingualMasthead(body)) return "boilerplate.bilingual-masthead";
  if (i === firstLine && isPublisherInCopyright(lines, firstLine)) return "boilerplate.masthead-in-copyright";
  if (i >= firstLine && i < firstLine + mastheadLines && (i > firstLine || !isStateMasthead(body))) return "boilerplate.masthead-over-menu";
  return undefined;
}

/** Removes line `i` by its line rule, with the value or name under it where the rule takes one; how many more lines it took. */
function pushLineRule(scan: BoilerplateScan, i: number, rule: LineRule): number {
  const line = scan.lines[i]!;
  const value = rule.valueBelow || rule.nameBelow ? scan.lines[i + 1] : undefined;
  const withValue = !!value && (rule.nameBelow ? /^\p{Lu}[^\d\n]{2,160}$/u : /^\d[\d,.\s]*$/).test(value.body);
  scan.blocks.push({ ...lineBlock(line, rule.kind, rule.rule, 0.9), end: withValue ? value.end : line.end });
  return withValue ? 1 : 0;
}

/**
 * The readings of a line that no line rule removes, from the line and the lines around it, in order: the first that reads
 * it as furniture decides.
 */
const LINE_READINGS: ReadonlyArray<(scan: BoilerplateScan, i: number, line: Line) => BoilerplateBlock | null> = [
  (s, i, line) => (isUnsignedOffice(s.lines, i) ? lineBlock(line, "navigation", "boilerplate.unsigned-office", 0.8) : null),
  (s, _i, line) => {
    const tail = stampLineTail(line.body);
    return tail ? { ...lineBlock(line, "navigation", "boilerplate.stamp-tail", 0.8), start: s.text.lastIndexOf(tail, line.end) } : null;
  },
  (s, i, line) =>
    isRevisionStamp(line.body, s.lines[i - 1]?.body) ? lineBlock(line, "navigation", "boilerplate.revision-stamp", 0.85) : null,
  (s, i, line) =>
    isFooterAddress(s.lines, i) || isNameOverAddress(s.lines, i) ? lineBlock(line, "navigation", "boilerplate.street-address", 0.8) : null,
  (s, i, line) =>
    headsContact(line.body, s.lines[i + 1]?.body) ? lineBlock(line, "navigation", "boilerplate.contact-heading", 0.85) : null,
  (s, _i, line) => (isMetadataLocation(line.body, s.blocks) ? lineBlock(line, "navigation", "boilerplate.page-tools", 0.8) : null),
  (s, _i, line) => (underMenu(line.body, s.blocks) ? lineBlock(line, "navigation", "boilerplate.breadcrumb-under-menu", 0.85) : null),
  (s, i, line) => (isRubricUnderMenu(s, i) ? lineBlock(line, "navigation", "boilerplate.rubric-under-menu", 0.8) : null),
  (s, i, line) => (isCommitteeMasthead(s.lines, i) ? lineBlock(line, "navigation", "boilerplate.committee-masthead", 0.8) : null),
  (s, i, line) =>
    isAuthorBio(line.body, s.lines, i, s.previousBodies, s.text.length, line.start) || isBylineBio(line.body, s.bylines)
      ? lineBlock(line, "author_bio", "boilerplate.author-bio", 0.8)
      : null,
  (_s, _i, line) =>
    /^[A-Z0-9 '’&-]{6,}$/.test(line.body) && AD_WORDS.test(line.body) && !DOCUMENT_KIND.test(line.body)
      ? lineBlock(line, "advertisement", "boilerplate.ad-line", 0.85)
      : null,
];

/**
 * "Story ID: 512847" over "Location: MONROVIA, LR" over "Web Views: 312": the place in a post's metadata block, right under
 * its number or its views, is the block's furniture (a "Location:" line of an event notice, under content, stays).
 */
function isMetadataLocation(body: string, blocks: readonly BoilerplateBlock[]): boolean {
  const above = blocks.at(-1);
  return /^(?:location|lieu)\s*:\s*\S[^\n]{0,60}$/iu.test(body) && !!above?.removed && above.rule === "boilerplate.page-tools";
}

function readLine(scan: BoilerplateScan, i: number): BoilerplateBlock | null {
  for (const read of LINE_READINGS) {
    const block = read(scan, i, scan.lines[i]!);
    if (block) return block;
  }
  return null;
}

/**
 * "Gouvernement du Canada" / "English" / "Menu principal" / "Accueil > ... > Nouvelles", "Language selection" / "Français" /
 * "Prime Minister of Canada" / "Home | News | ...": the page's first paragraph, closing on its menu bar, breadcrumb or
 * language switch and holding two such lines or more, is the site's header; the short labels standing among its links
 * (the site's name, "Official web-site", "Menu principal") are its furniture too. A label is a line of a few words with
 * no stop, colon or figure, so a title or a date line opening the page keeps the paragraph as content. (A single name
 * right over a breadcrumb, "Sénat du Canada" over "Accueil > Nouvelles > Comités", and a state's own masthead tell whose
 * page it is, as the earlier sets keep them.)
 */
const HEADER_LABEL = /^\p{L}[\p{L}'’ -]{1,58}$/u;
function removeSiteHeaderLabels(text: string, blocks: BoilerplateBlock[]): void {
  const head: BoilerplateBlock[] = [];
  for (const b of blocks) {
    if (b.rule === "boilerplate.blank") {
      if (head.length > 0) break;
      continue;
    }
    head.push(b);
  }
  const last = head.at(-1);
  if (!last?.removed || last.kind === "content" || furnitureLines(text, head) < 2) return;
  const labels = head.filter((b) => !b.removed);
  if (!labels.every((b) => isHeaderLabel(text.slice(b.start, b.end).trim()))) return;
  // A state's own masthead ("RÉPUBLIQUE DU BÉNIN", "THE JUDICIARY OF THE GAMBIA") tells whose page it is and stays.
  for (const b of labels.filter((l) => !isStateMasthead(text.slice(l.start, l.end).trim())))
    Object.assign(b, { kind: "navigation", removed: true, rule: "boilerplate.site-header", confidence: 0.8 });
}
/** How many lines of the blocks were removed as furniture. */
const furnitureLines = (text: string, head: readonly BoilerplateBlock[]) =>
  head.filter((b) => b.removed).reduce((n, b) => n + text.slice(b.start, b.end).trim().split("\n").length, 0);
const isHeaderLabel = (body: string) => body.split(/\n/u).every((l) => HEADER_LABEL.test(l.trim()) && l.trim().split(/\s+/u).length <= 8);

/** The longest line taken as footer for lying between two footer lines. */
const FOOTER_LINE_MAX = 160;
/**
 * "Une fondation au service de ...", "Pavillon Maurice-Pollack, 2305, rue ...", "Please note: we never ask for payment by
 * e-mail.": in the page's last paragraph, set apart from the text above it by a blank line, a short line with footer lines
 * right above and right below it (an address or legal links above, the copyright below) belongs to the footer too: a
 * publisher's tagline, its address, its notice. Under a mailing line ("To unsubscribe, write to us.") the sender's address
 * signs the letter: the earlier sets keep it.
 */
function removeFooterLinesBetween(blocks: BoilerplateBlock[]): void {
  let last = blocks.length - 1;
  while (last >= 0 && blocks[last]!.rule === "boilerplate.blank") last--;
  let first = last;
  while (first > 0 && blocks[first - 1]!.rule !== "boilerplate.blank") first--;
  if (first === 0) return;
  for (let k = first + 1; k < last; k++) {
    const [above, line, below] = [blocks[k - 1]!, blocks[k]!, blocks[k + 1]!];
    if (line.rule !== "boilerplate.content" || line.end - line.start > FOOTER_LINE_MAX) continue;
    if (!above.removed || above.kind === "newsletter" || !below.removed) continue;
    Object.assign(line, { kind: "navigation", removed: true, rule: "boilerplate.footer-between", confidence: 0.8 });
  }
}

/** A finite verb in English or French: enough, with length and a closing stop, to tell a sentence from a headline. */
const FINITE_VERB =
  /\b(?:is|are|was|were|has|have|had|will|would|can|could|must|should|may|said|says|[a-z]{3,}ed|est|sont|était|étaient|a|ont|avait|avaient|sera|seront|doit|doivent|peut|peuvent|[a-zàâéèêîôûç]{3,}(?:ait|aient|era|eront))\b/;

/**
 * A line that reads as article prose: a long sentence with a finite verb that ends with a stop (or a closing
 * quotation mark), written mostly in lower case. Headlines in a related-links list are short, carry no closing
 * stop, and are often capitalised word by word.
 */
export function readsAsProse(body: string): boolean {
  if (body.length < 80 || !/[.!?…]["'”»’)]?\s*$|[.!?]\s*[”»"]\s*$/.test(body)) return false;
  const words = body.split(/\s+/);
  if (words.length < 12) return false;
  const capitalised = words.filter((w) => /^[\p{Lu}]/u.test(w)).length;
  return capitalised / words.length < 0.5 && FINITE_VERB.test(body);
}

const contentWords = (s: string) =>
  new Set(
    s
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length >= 4),
  );

/**
 * The article resumes after a link list at a prose paragraph of its own. A teaser under a related headline reads
 * as prose too, so it does not end the list when it hangs on its headline with no blank line, opens with another
 * story's wire dateline ("WASHINGTON --"), or retells the headline just above it (two content words shared).
 */
function endsLinkList(body: string, lastItem: string, afterBlank: boolean): boolean {
  if (!readsAsProse(body) || !afterBlank) return false;
  if (/^[\p{Lu}][\p{Lu} .,'’-]{2,40}(?:\([^)]*\))?\s*(?:--|—|–)\s/u.test(body)) return false;
  const headline = contentWords(lastItem);
  let shared = 0;
  for (const w of contentWords(body)) if (headline.has(w)) shared++;
  return shared < 2;
}

function pushContentWithInlineAds(text: string, line: Span & { body: string }, blocks: BoilerplateBlock[]): void {
  const slice = text.slice(line.start, line.end);
  let cursor = line.start;
  INLINE_CAPS_RUN.lastIndex = 0;
  for (let m = INLINE_CAPS_RUN.exec(slice); m; m = INLINE_CAPS_RUN.exec(slice)) {
    const run = m[0];
    const start = line.start + m.index;
    // A heading-like all-caps line is content; only ad vocabulary inside prose is removed.
    if (!AD_WORDS.test(run) || (m.index === 0 && run.trim().length === slice.trim().length)) continue;
    if (start > cursor)
      blocks.push({ start: cursor, end: start, kind: "content", removed: false, rule: "boilerplate.content", confidence: 0.9 });
    blocks.push({ start, end: start + run.length, kind: "advertisement", removed: true, rule: "boilerplate.inline-ad", confidence: 0.85 });
    cursor = start + run.length;
  }
  if (cursor < line.end)
    blocks.push({ start: cursor, end: line.end, kind: "content", removed: false, rule: "boilerplate.content", confidence: 0.9 });
}

/**
 * An author box: a name line repeated (photo caption + heading) or followed by a paragraph
 * that starts with that name and reads like a CV, in the last part of the page.
 */
function isAuthorBio(
  body: string,
  lines: ReadonlyArray<Span & { body: string }>,
  i: number,
  previousBodies: readonly string[],
  textLength: number,
  start: number,
): boolean {
  if (start < textLength * 0.5) return false;
  const shortName = /^[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){1,3}$/u;
  if (shortName.test(body)) {
    const next = lines.slice(i + 1).find((l) => l.body !== "");
    if (next && (next.body === body || (startsWithSameName(next.body, body) && bioScore(next.body) >= 1))) return true;
    if (previousBodies.at(-1) === body) return true;
  }
  const prevName = previousBodies.at(-1);
  if (prevName && shortName.test(prevName) && startsWithSameName(body, prevName) && bioScore(body) >= 1) return true;
  return body.length > 120 && bioScore(body) >= 3;
}

/** "Shin Ji-hye is a reporter covering ...": a short line that opens with the byline's name and says who the author is. */
function isBylineBio(body: string, bylines: readonly string[]): boolean {
  if (body.length > 240) return false;
  return bylines.some(
    (name) =>
      body.toLowerCase().startsWith(`${name.toLowerCase()} `) &&
      /^\S+(?:\s+\S+){0,3}\s+(?:is|was|est|était)\s+(?:a|an|the|un|une|le|la)?\s*(?:[\p{L}-]+\s+){0,3}(?:reporter|journalist|correspondent|writer|editor|columnist|fellow|professor|analyst|researcher|director|manager|journaliste|correspondante?|rédact\w+|chroniqueu\w+|professeure?|chercheu\w+)/iu.test(
        body,
      ),
  );
}

function startsWithSameName(paragraph: string, name: string): boolean {
  const fold = (s: string) =>
    s
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase();
  const first = fold(name).split(/\s+/)[0] ?? "";
  return first.length > 1 && fold(paragraph).startsWith(first);
}

function bioScore(paragraph: string): number {
  return paragraph.match(BIO_WORDS)?.length ?? 0;
}

/**
 * "jroe@yna.co.kr" over "(END)", "hlee@example.com" over "ENDS": a reporter's e-mail right over the wire's end mark is one
 * sign-off with it.
 */
function joinSignOffToEnd(blocks: BoilerplateBlock[]): void {
  for (let k = 1; k < blocks.length; k++) {
    const [above, line] = [blocks[k - 1]!, blocks[k]!];
    if (
      above.removed &&
      line.removed &&
      above.end === line.start &&
      line.rule === "boilerplate.release-end" &&
      above.rule === "boilerplate.email-byline"
    )
      above.kind = line.kind;
  }
}

function mergeAdjacent(blocks: BoilerplateBlock[]): BoilerplateBlock[] {
  const out: BoilerplateBlock[] = [];
  for (const b of blocks) {
    const last = out.at(-1);
    if (last && last.end === b.start && last.kind === b.kind && last.removed === b.removed) last.end = b.end;
    else out.push({ ...b });
  }
  // Blank lines between two removed blocks of the same kind belong to them.
  return out;
}
