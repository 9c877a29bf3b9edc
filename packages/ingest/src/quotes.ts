/**
 * Quotes and their speakers: direct quotes in curly, straight or French quotation marks with an
 * attribution after ("“...,” Cho said", "“...,” said Minister of National Defence David McGuinty",
 * « ... », a indiqué le ministre Kim, "– Mélanie Joly, Minister of Foreign Affairs") or before in
 * the same sentence ("Cho said the two countries “share ...”", "Anand stressed that Ottawa sees
 * Seoul as “...”", "M. Kim a également souligné que Séoul compte « ... »"), and reported speech
 * ("Chung said the move ..."). Attributions never cross a paragraph: a name on the next line is
 * another sentence's subject. When the caller knows where people are named, the speaker is the
 * person named in the attribution clause (the one nearest before the verb when it comes first), so
 * titles and appositives between a name and its verb do not hide the speaker.
 */
import { SAYING_PARTICIPLES_FR, SAYING_VERBS_EN } from "./name-vocabulary";
import { escapeRegExp, type Span } from "./text-span";
import { wordStart } from "./word-start";

export interface QuoteFound extends Span {
  text: string;
  direct: boolean;
  /** Where the attribution names the speaker (a name, a pronoun or a noun phrase). */
  attribution: Span | null;
  attributionText: string | null;
  rule: string;
}

/**
 * English and French verbs of saying; French past tenses may carry an adverb ("a également souligné", "a pour sa part souligné").
 * A speaker who "called the accord “...”" or "described the accord as “...”" names it in the quoted words; so does one who
 * "calls the talks “...”", "welcomed the agreements as “...”" or "thanked Japan as “...”".
 */
const EN_SPEECH = `(?:${SAYING_VERBS_EN}|told\\s+[\\p{L}]+(?:\\s+[\\p{Ll}]+)?|(?:described|describes|welcomed|welcomes|hailed|hails|thanked|thanks)\\s+[^,.;]{1,60}?\\s+as|(?:called|calls)(?!\\s+(?:on|off|in|up|back|for)\\s))`;
const FR_PARTICIPLE = `(?:${SAYING_PARTICIPLES_FR})`;
/** "tout en demandant « ... »", "en soulignant que": a French gerund of saying, its subject the clause's. */
const FR_GERUND = "(?:tout\\s+)?en\\s+(?:demandant|soulignant|rappelant|affirmant|ajoutant|insistant|estimant|déclarant|précisant)";
const FR_SPEECH = `(?:${FR_GERUND}|a(?:,?\\s+(?:également|aussi|pour\\s+sa\\s+part|par\\s+ailleurs|quant\\s+à\\s+lui|quant\\s+à\\s+elle|encore|en\\s+outre)){0,2},?\\s+${FR_PARTICIPLE}|déclare|affirme|souligne|indique|précise)`;
const SPEECH = `(?:(?:has\\s+|had\\s+)?${EN_SPEECH}|${FR_SPEECH})`;
/** "he", "the minister", "Kim", "al-Sabah", and "Prime Minister al-Dbeibah": an Arabic article may open any word of the name. */
const SPEAKER =
  "(?<speaker>(?:he|she|they|il|elle|(?:the|la|le)\\s+[\\p{Ll}\\s]{2,40}?(?:minister|ministre|ministry|ministère|president|présidente?|official|spokesperson|porte-parole|ambassador|ambassadeur)|(?:(?:al|el|ad|ar|as|ash|at|az)-)?[\\p{Lu}][\\p{L}'’.-]*(?:\\s+(?:(?:al|el|ad|ar|as|ash|at|az)-)?[\\p{Lu}][\\p{L}'’.-]*){0,3}))";
/** A speaker written with a title holding lowercase links ("Minister of National Defence David McGuinty", "le ministre Kim"). */
const TITLED_SPEAKER =
  "(?<speaker>(?:(?:le|la|the)\\s+)?[\\p{L}][\\p{L}'’.-]*(?:\\s+(?:of|for|and|the|de|du|des|la|l['’]|et|[\\p{Lu}][\\p{L}'’.()-]*|\\(?[\\p{Lu}][\\p{L}'’.-]*\\)?)){0,9})";

const DIRECT = /[“"«]\s*(?<q>[^“”"«»]{3,2000}?)\s*[”"»]/gu;
/**
 * A quote in single quotation marks, as British and island papers write them ("'We are being asked to sign a blank cheque,'
 * he said"): opened after a space or a line's start, closed before a non-letter, an apostrophe inside a word ("Aurigny's")
 * aside. The marks are also apostrophes, so such a quote counts only with its speaker.
 */
const SINGLE = wordStart(
  /(?<![\p{L}\p{N}'‘’])['‘](?=\p{L})(?<q>(?:[^'‘’\n]|(?<=\p{L})['’](?=\p{L})){3,2000}?)(?<=[\p{L}\p{N}.,!?])['’](?![\p{L}\p{N}])/gu,
);
const AFTER_DASH = /^[ \t]*[–—-][ \t]*(?<speaker>[\p{Lu}][\p{L}'’.-]*(?:[ \t]+[\p{Lu}][\p{L}'’.-]*){0,3})/u;
/**
 * A block quote's attribution line under it: "– The Honourable Jane Roe, Minister of ..." The name is followed by a
 * comma or the line's end, so a bulleted sentence starting on the next line is not taken for a speaker.
 */
const DASH_LINE =
  /^[ \t]*\n[ \t]*[–—-][ \t]*(?:(?:the[ \t]+)?(?:right[ \t]+)?(?:honourable|honorable|hon\.)[ \t]+|l['’]honorable[ \t]+)?(?<speaker>[\p{Lu}][\p{L}'’.-]*(?:[ \t]+[\p{Lu}][\p{L}'’.-]*){1,3})[ \t]*(?:,|$)/imuy;
/**
 * The attribution line right under the quote, not a bulleted line further down ("».\n\nFaits en bref\n\n- Le parc national
 * Forillon, ...", "”\n\nQuick facts\n\n- The Port of Vancouver, ..." name no speaker): the pattern is sticky, tried at the
 * quote's end only.
 */
function dashLineRightAfter(after: string): RegExpExecArray | null {
  DASH_LINE.lastIndex = 0;
  return DASH_LINE.exec(after);
}
/** French inverted pronoun after a quote: "», rappelle-t-elle", "», a-t-il ajouté", "», dit-il". */
const FR_INVERTED_PRONOUN = new RegExp(
  `^[ \\t]*,?[ \\t]*(?:(?:rappelle|affirme|souligne|ajoute|indique|précise|explique|estime|insiste|déclare|dit|lance|poursuit|conclut)-(?:t-)?(?<speaker>il|elle)|a-t-(?<speaker2>il|elle)\\s+${FR_PARTICIPLE})`,
  "iu",
);
/**
 * Reported speech whose clause opens on a backshifted past ("said the government needed to ...", "said that no
 * decision had been made") paraphrases a position; it is not offered as a quote. Modal or present clauses ("said
 * the deal would cut tariffs") carry the speaker's own claim and are kept.
 */
const BACKSHIFTED =
  /^(?:that\s+|que\s+|qu['’])?(?:(?:the|a|an|no|its|his|her|their|this|these|those)\s+)?(?:(?!(?:is|are|will|would|can|could|may|might|must|should|has|have|est|sont|va|vont|sera|seront)\s)[\p{L}'’-]+\s+){0,3}?(?:had\s+(?:been\s+)?[\p{Ll}]+|was|were|needed|wanted|did|[\p{Ll}]{3,}ed)\b/u;
/**
 * French verbs of saying in the present that a story puts after a quote, before their subject ("« ... », lance la
 * productrice Anne Roy", "« ... », observe le ministre"); read only there, where "lance" or "note" cannot be a verb of
 * doing.
 */
const FR_PRESENT_INVERTED =
  "(?:lance|observe|ajoute|explique|note|estime|résume|confie|poursuit|insiste|rappelle|tranche|assure|raconte|relève)";
const AFTER_VERB_FIRST = new RegExp(`^[ \\t]*,?[ \\t]*(?:${SPEECH}|${FR_PRESENT_INVERTED}|selon)\\s+${TITLED_SPEAKER}`, "iu");
/**
 * "“...,” according to Canada's ambassador to Korea, Genevieve Lacasse": a person named after "according to" is the
 * speaker ("according to the ministry", a body, gives the source of a quote whose speaker is named before it).
 */
const ACCORDING_TO_AFTER = /^[ \t]*,?[ \t]*according\s+to\s/iu;
/** After the quote, the speaker and the verb, the speaker's office in lower case before the name ("council president Lisa Fehr said"). */
const AFTER_SPEAKER_FIRST = new RegExp(`^[ \\t]*,?[ \\t]*(?:[\\p{Ll}][\\p{Ll}'’-]*[ \\t]+){0,3}${SPEAKER}[ \\t]+${SPEECH}`, "u");
const FR_INVERTED = new RegExp(`^[ \\t]*,?[ \\t]*(?:a\\s+)?(?:${FR_PARTICIPLE}|selon)\\s+${TITLED_SPEAKER}`, "iu");
/** A verb of saying in the lead-in of a sentence that ends in a quote: "X said the two countries", "Anand stressed that Ottawa sees Seoul as". */
const LEAD_IN_VERB = wordStart(new RegExp(`(?<![\\p{L}])${SPEECH}(?![\\p{L}])`, "giu"));
const PRONOUN_SUBJECT = wordStart(/(?<![\p{L}])(?:he|she|il|elle)\s*$/iu);
const REPORTED = new RegExp(
  `${SPEAKER}\\s+(?:said|says|told\\s+[\\p{L}\\s]{2,30}?|stated|noted|stressed|emphasi[sz]ed|argued|warned|a déclaré|a affirmé|a souligné|a indiqué)\\s+(?:that\\s+|que\\s+|qu['’])?(?<q>[^“”"«»]{15,600})`,
  "gu",
);
const PRONOUN = /^(?:he|she|they|il|elle)$/i;
/**
 * An office with its article standing for someone named before ("The Minister said:", "a déclaré la présidente
 * réunionnaise"): the words of the office, with an adjective or a complement.
 */
const OFFICE_ANAPHOR =
  /^(?:the|la|le)\s+(?:[\p{L}-]+\s+){0,2}?(?:minister|ministre|president|présidente?|governor|gouverneure?|premier|première|mayor|maire|ambassador|ambassadeur|ambassadrice|deputy|député|députée|secretary|secrétaire|chair|chairman|chairwoman|senator|sénat(?:eur|rice))(?:\s+[\p{Ll}-]+|\s+d['’]\p{L}+)?[\s.]*$/iu;
/** What may follow an attribution up to the next quote of its paragraph: the clause's own words and one full stop or colon. */
const ATTRIBUTION_SENTENCE_REST = /^[^.!?:;“”"«»]*[.:]?\s*$/u;
/** A counterpart named by a possessive: "son homologue afghan", "sa homologue", "his Latvian counterpart". */
const COUNTERPART = /^(?:son|sa|leur|his|her|their)\s+(?:[\p{L}-]+\s+)?(?:homologue|counterpart)(?![\p{L}])/iu;
/** A relative clause set off by commas ("the Governor General, who met President Yang the previous day, and said"): its people are not the subject. */
const RELATIVE_CLAUSE = /,\s+(?:who|whom|which|qui)\s[^,;]*,/gu;
/** The rest of a short clause closing on a colon before a quote: " was just as direct: ", " put it plainly : ". */
const CLAUSE_TO_COLON = /^\s+[^.!?;:“”"«»\n]{1,50}:\s*$/u;
/**
 * "Han was just as direct: “...”", "Lee had a warning: “...”": a person opening the sentence whose short clause closes on a
 * colon before the quote introduces their own words.
 */
const opensColonClause = (text: string, from: number, named: Span, quoteAt: number) =>
  text.slice(from, named.start).trim() === "" && CLAUSE_TO_COLON.test(text.slice(named.end, quoteAt));
/** A name right before a colon and the quote ("the words of your predecessor, Mme Lise Arsenault : « ... »"). */
const COLON_BEFORE_QUOTE = /^\s*:\s*$/u;

/** A paragraph opening on a quotation mark and holding no other, the next paragraph opening on one too. */
const OPEN_PARAGRAPH = /^[ \t]*[“"«](?<q>[^“”"«»\n]{12,2000})\n(?=\s*[“"«])/gmu;
/**
 * "“Today, the Agreement ... enters into force." over "“Every year, ..." and on to the paragraph that closes the marks: a
 * statement in quotation marks over several paragraphs opens each with the mark and closes only the last. Each open
 * paragraph is a quote of its own; its opening mark is blanked (same length) so that the marks left pair as written.
 */
function openParagraphs(text: string): { masked: string; open: RegExpExecArray[] } {
  const open = [...text.matchAll(OPEN_PARAGRAPH)] as RegExpExecArray[];
  if (open.length === 0) return { masked: text, open };
  const masked = open.reduce((t, m) => {
    const at = m.index + m[0].search(/[“"«]/u);
    return `${t.slice(0, at)} ${t.slice(at + 1)}`;
  }, text);
  return { masked, open };
}

/** Quotes in double or French marks, and those in single marks that lie outside them, in the order of the text. */
function quotationMarks(text: string): { m: RegExpExecArray; single: boolean; open?: boolean }[] {
  const { masked, open } = openParagraphs(text);
  const double = [...[...masked.matchAll(DIRECT)].filter((m) => !open.some((o) => o.index === m.index)), ...open]
    .sort((a, b) => a.index - b.index)
    .map((m) => ({ m: m as RegExpExecArray, single: false, open: open.includes(m as RegExpExecArray) }));
  if (!/['‘]/u.test(text)) return double;
  const single = [...text.matchAll(SINGLE)]
    .filter((s) => !double.some(({ m }) => s.index < m.index + m[0].length && m.index < s.index + s[0].length))
    .map((m) => ({ m: m as RegExpExecArray, single: true }));
  return [...double, ...single].sort((a, b) => a.m.index - b.m.index);
}

/** "The Honourable Claire Ndiaye, Minister of Foreign Affairs, today issued the following statement:" on the line above. */
const STATEMENT_LEAD = /(?:statement|déclaration|message|remarks|the following)\s*:\s*$/iu;
/**
 * The speaker of a paragraph of a statement in quotation marks over several paragraphs: the person named first on the line
 * that introduces it with a colon, or, further down, the speaker of the paragraph of the statement right above.
 */
function statementSpeaker(text: string, quoteAt: number, mentions: readonly Span[], previous?: QuoteFound): Span | null {
  const lineStart = text.lastIndexOf("\n", quoteAt - 1) + 1;
  if (text.slice(lineStart, quoteAt).trim() !== "") return null;
  if (previous?.rule === "quote.statement" && previous.attribution && text.slice(previous.end, lineStart).trim().length <= 1)
    return previous.attribution;
  const above = text.slice(0, lineStart).trimEnd();
  const aboveStart = above.lastIndexOf("\n") + 1;
  if (!STATEMENT_LEAD.test(above.slice(aboveStart))) return null;
  const named = firstInside(mentions, aboveStart, above.length);
  return named ? { start: named.start, end: named.end } : null;
}

/** The last of `spans` lying wholly inside [start, end). */
function lastInside(spans: readonly Span[], start: number, end: number): Span | undefined {
  let best: Span | undefined;
  for (const s of spans) if (s.start >= start && s.end <= end && (!best || s.start > best.start)) best = s;
  return best;
}

function firstInside(spans: readonly Span[], start: number, end: number): Span | undefined {
  let best: Span | undefined;
  for (const s of spans) if (s.start >= start && s.end <= end && (!best || s.start < best.start)) best = s;
  return best;
}

/**
 * `mentions` are where people are named (optional): they let a clause's person win over the
 * capitalised words a regular expression would take.
 */
export function findQuotes(text: string, sentences: ReadonlyArray<Span & { text: string }>, mentions: readonly Span[] = []): QuoteFound[] {
  const out: QuoteFound[] = [];
  const sentenceAt = (at: number) => sentences.find((s) => s.start <= at && at < s.end);
  for (const { m, single, open } of quotationMarks(text)) {
    const q = m.groups!.q!;
    const qStart = m.index + m[0].indexOf(q);
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 200);
    let attribution: Span | null = null;
    let rule = "quote.direct";
    const pronounAfter = FR_INVERTED_PRONOUN.exec(after);
    const found =
      AFTER_DASH.exec(after) ??
      dashLineRightAfter(after) ??
      FR_INVERTED.exec(after) ??
      AFTER_VERB_FIRST.exec(after) ??
      AFTER_SPEAKER_FIRST.exec(after);
    const a = found && opensTheNextQuote(q, after, found) ? null : found;
    if (!a && pronounAfter) {
      // The pronoun is left for the caller to resolve, like a pronoun subject before the verb.
      const p = pronounAfter.groups?.speaker ?? pronounAfter.groups?.speaker2 ?? "";
      const at = end + pronounAfter.index + pronounAfter[0].lastIndexOf(p);
      out.push({
        start: qStart,
        end: qStart + q.length,
        text: q,
        direct: true,
        attribution: { start: at, end: at + p.length },
        attributionText: p,
        rule: "quote.direct+inverted-pronoun",
      });
      continue;
    }
    const sentenceClose = end + (/[.;!?\n]/u.exec(after)?.index ?? after.length);
    const accordingTo = !a && ACCORDING_TO_AFTER.test(after) ? firstInside(mentions, end, sentenceClose) : undefined;
    if (accordingTo) {
      attribution = { start: accordingTo.start, end: accordingTo.end };
      rule = "quote.direct+according-to";
    } else if (a?.groups?.speaker) {
      const at = end + a.index + a[0].lastIndexOf(a.groups.speaker);
      // The clause runs to the end of its sentence: a person named there is the speaker, titles and all.
      const sentenceEnd =
        end + (/[.;!?\n]/.exec(after.slice(a.index + a[0].length))?.index ?? after.length - a[0].length) + a.index + a[0].length;
      // A name read across a line break ("a répondu Liam Ferris.\n\nLe président ...") stops at its paragraph's end.
      const paragraphEnd = text.indexOf("\n", end);
      const clauseEnd = paragraphEnd < 0 ? sentenceEnd : Math.min(sentenceEnd, paragraphEnd);
      const person =
        firstInside(mentions, end, clauseEnd) ??
        officeAnaphor(articleBefore(text, end, at) + a.groups.speaker, text, m.index, mentions) ??
        counterpartAnaphor(text.slice(at, clauseEnd), text, out[out.length - 1], m.index, mentions);
      // "», a résumé Soilihi Madi Abdou.\n\nLe comité": the name ends at its sentence's full stop (not an initial's) or line.
      const named = a.groups.speaker.replace(/(?:(?<=\p{Ll}{2})\.(?=\s|$)|\n)[\s\S]*$/u, "");
      attribution = person ? { start: person.start, end: person.end } : { start: at, end: at + named.length };
      rule = "quote.direct+attribution-after";
    } else {
      attribution = leadInAttribution(text, m.index, sentenceAt(m.index), mentions, out[out.length - 1]);
      if (attribution) rule = "quote.direct+attribution-before";
    }
    const statement = attribution ? null : statementSpeaker(text, m.index, mentions, out[out.length - 1]);
    if (statement) [attribution, rule] = [statement, "quote.statement"];
    // "“...,” she said. “...”", "“...,” Choi told reporters after the meeting. “...”": a quote that follows an attributed
    // one in the same paragraph, with only that attribution's sentence between them, continues it.
    const previous = out[out.length - 1];
    if (!attribution && previous && continuesAttribution(text, previous, m.index)) {
      attribution = previous.attribution;
      rule = "quote.direct+continued";
    }
    // Scare quotes around a few words are not quotations; an open paragraph of a statement is one only with its speaker.
    if (!attribution && (single || open || q.split(/\s+/).length < 6)) continue;
    if (q.length < 12 && !attribution) continue;
    out.push({
      start: qStart,
      end: qStart + q.length,
      text: q,
      direct: true,
      attribution,
      attributionText: attribution ? text.slice(attribution.start, attribution.end) : null,
      rule,
    });
  }
  for (const s of sentences) {
    if (/[“”"«»]/.test(s.text)) continue;
    REPORTED.lastIndex = 0;
    const m = REPORTED.exec(s.text);
    if (!m?.groups?.speaker || !m.groups.q) continue;
    const speakerStart = s.start + m.index;
    const speakerEnd = speakerStart + m.groups.speaker.length;
    // With people known, reported speech needs a person or a pronoun as its subject ("Witnesses told the committee" is no one's quote).
    if (mentions.length > 0 && !PRONOUN.test(m.groups.speaker) && !mentions.some((p) => p.start < speakerEnd && speakerStart < p.end))
      continue;
    const qStart = s.start + m.index + m[0].lastIndexOf(m.groups.q);
    const qText = m.groups.q.replace(/[.\s]+$/, "");
    if (BACKSHIFTED.test(qText)) continue;
    if (out.some((o) => o.start <= qStart && qStart < o.end + 5)) continue;
    out.push({
      start: qStart,
      end: qStart + qText.length,
      text: qText,
      direct: false,
      attribution: { start: speakerStart, end: speakerEnd },
      attributionText: m.groups.speaker,
      rule: "quote.reported",
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * `Ruiz told reporters that "... door to the world." Minister Soto said the port would "open wider ..."`, `... "... a good
 * day." Soto said: "Next year ..."`: after a quote closed by its own full stop, a speaker whose sentence goes on into
 * another quotation introduces that one, not the quote before.
 */
function opensTheNextQuote(q: string, after: string, found: RegExpExecArray): boolean {
  if (!/[.!?]$/u.test(q.trimEnd()) && !CONTRAST_LEAD.test(after)) return false;
  return /^[^.!?\n“”"«»]*[“"«]/u.test(after.slice(found.index + found[0].length));
}
/**
 * `... described the MoU as "a bridge for our exporters", while Minister Karimov called Malaysia "a model ..."`, `"...",
 * whereas the mayor called it "...": a speaker in a clause of contrast after a quote introduces the quotation after him.
 */
const CONTRAST_LEAD = /^[ \t]*,?[ \t]*(?:while|whereas|tandis\s+qu['’e]|alors\s+qu['’e])\s/iu;

/**
 * Whether a quote opening at `quoteAt` goes on from `previous`, attributed after it: nothing but the rest of the
 * attribution's own sentence lies between them (no line break, no second sentence).
 */
function continuesAttribution(text: string, previous: QuoteFound, quoteAt: number): boolean {
  const attribution = previous.attribution;
  if (!attribution || attribution.end > quoteAt) return false;
  if (attribution.start < previous.end) return officeSaidBetween(text, previous.end, quoteAt);
  const rest = text.slice(attribution.end, quoteAt);
  return rest.length < 90 && !rest.includes("\n") && ATTRIBUTION_SENTENCE_REST.test(rest);
}

const SAYING = wordStart(new RegExp(`(?<![\\p{L}])${SPEECH}(?![\\p{L}])`, "iu"));
/**
 * "“...,” the Minister said at the press conference. “...”": a quote attributed by an office that stands for its holder
 * named before, and nothing but that attribution's sentence up to the next quote.
 */
function officeSaidBetween(text: string, quoteEnd: number, nextAt: number): boolean {
  const rest = text.slice(quoteEnd, nextAt).replace(/^[\s,.]*[”"»]/u, "");
  return rest.length < 90 && !rest.includes("\n") && ATTRIBUTION_SENTENCE_REST.test(rest) && SAYING.test(rest);
}

/** "“...,” the Minister said": the article the speaker's words stand after, kept with them ("the "), or nothing. */
const articleBefore = (text: string, from: number, at: number) => /(?<![\p{L}])(?:the|la|le)\s+$/iu.exec(text.slice(from, at))?.[0] ?? "";

/**
 * "», a répondu son homologue afghan", "“...,” replied her Latvian counterpart": the counterpart answers the speaker of
 * the quote before, so they are the person named last before the quote who is not that speaker (no word of the name shared).
 */
function counterpartAnaphor(
  words: string,
  text: string,
  previous: QuoteFound | undefined,
  before: number,
  mentions: readonly Span[],
): Span | undefined {
  if (!COUNTERPART.test(words) || !previous?.attribution) return undefined;
  const previousWords = new Set(text.slice(previous.attribution.start, previous.attribution.end).split(/\s+/u));
  let best: Span | undefined;
  for (const s of mentions) {
    if (s.end > before || (best && s.start < best.start)) continue;
    if (
      text
        .slice(s.start, s.end)
        .split(/\s+/u)
        .some((w) => previousWords.has(w))
    )
      continue;
    best = s;
  }
  return best;
}

/**
 * The person an office with its article stands for, when `words` end on one ("the Minister", "On Thursday the Prime
 * Minister", "le Ministre d'État"): the holder named with that office as a title, else the person named last before `before`.
 */
function officeAnaphor(words: string, text: string, before: number, mentions: readonly Span[]): Span | undefined {
  const office = officeWords(words);
  if (office === undefined) return undefined;
  return titleHolder(office, text, before, mentions) ?? lastInside(mentions, 0, before);
}

/**
 * The office in `words` without its article, when they end on an office with its article: "the Prime Minister" and "In
 * Calgary the Prime Minister" give "Prime Minister", "a déclaré le Ministre d'État" gives "Ministre d'État".
 */
function officeWords(words: string): string | undefined {
  const trimmed = words.trim().replace(WHERE_SAID_AFTER, "");
  for (const article of trimmed.matchAll(/(?<![\p{L}])(?:the|la|le)\s/giu)) {
    const tail = trimmed.slice(article.index);
    if (OFFICE_ANAPHOR.test(tail)) return tail.replace(/^\S+\s+/u, "").replace(/[\s.]+$/u, "");
  }
  return undefined;
}

/**
 * "a déclaré la ministre pakistanaise lors d'une conférence de presse conjointe", "said the minister at a joint press
 * conference": where or when the words were said, after the office, is no part of it.
 */
const WHERE_SAID_AFTER =
  /\s+(?:lors|pendant|durant|au\s+cours|devant|à\s+l['’]issue|during|at\s+(?:a|the)|in\s+(?:a|an|the)|after|before)\s.*$/iu;

/**
 * Words that may carry a title on to its holder's name: "of Foreign Affairs and Trade", "du Canada", "d'État", "de
 * l'Agriculture", and the French portfolio's adjective in lower case ("des Affaires étrangères").
 */
const TITLE_COMPLEMENT =
  "(?:\\s+(?:of|for|and|the|de|du|des|la|l['’]\\p{L}+|l['’]|d['’]\\p{L}+|\\p{Lu}[\\p{L}'’-]*|étrangères|extérieures|extérieur))*";

/** "Minister" as a pattern that reads "Minister" and "minister": a word of an office, its first letter in either case. */
const eitherCase = (word: string) =>
  /^\p{L}/u.test(word) ? `[${word[0]!.toLowerCase()}${word[0]!.toUpperCase()}]${escapeRegExp(word.slice(1))}` : escapeRegExp(word);

/** The patterns of an office as a title before a name and after it, built once per office (a few hundred kept at most). */
const TITLE_PATTERNS = new Map<string, { ahead: RegExp; behind: RegExp }>();
function titlePatterns(office: string): { ahead: RegExp; behind: RegExp } {
  let patterns = TITLE_PATTERNS.get(office);
  if (!patterns) {
    const escaped = office.split(/\s+/u).map(eitherCase).join("\\s+");
    patterns = {
      ahead: new RegExp(`(?<![\\p{L}])${escaped}(?<rest>${TITLE_COMPLEMENT})\\s*,?\\s*$`, "u"),
      behind: new RegExp(`^\\s*,\\s*(?:(?:[Tt]he|[Ll][ea])\\s+|[Ll]['’])?${escaped}(?![\\p{L}])(?<rest>${TITLE_COMPLEMENT})`, "u"),
    };
    if (TITLE_PATTERNS.size >= 256) TITLE_PATTERNS.clear();
    TITLE_PATTERNS.set(office, patterns);
  }
  return patterns;
}

/**
 * "Prime Minister Ana Lee met the Prime Minister of Chile, Juan Soto. “...,” the Prime Minister said": the person named
 * before `before` with `office` as a title, before the name ("Minister of Trade Ana Lee", "le Ministre d'État, Luc Roy")
 * or after it ("Eva Roy, gouverneure générale"). The office bare outranks the office with a complement ("of Chile" names a
 * second holder); among equals the last named wins. None when no one was named with it.
 */
function titleHolder(office: string, text: string, before: number, mentions: readonly Span[]): Span | undefined {
  const { ahead, behind } = titlePatterns(office);
  let best: { span: Span; score: number } | undefined;
  for (const s of mentions) {
    if (s.end > before) continue;
    const m = ahead.exec(text.slice(Math.max(0, s.start - 100), s.start)) ?? behind.exec(text.slice(s.end, s.end + 100));
    if (!m) continue;
    const score = m.groups?.rest ? 1 : 2;
    if (!best || score >= best.score) best = { span: s, score };
  }
  return best?.span;
}

/**
 * "Cho said the two countries “...”", "Minister McGuinty noted that ... and said the project
 * would be decided “...”": the last verb of saying before the quote in its sentence, and the
 * person named nearest before that verb (or a pronoun subject, left for the caller to resolve).
 */
/** "[Soundbite: Vice Minister Ryu Hye-won (Korean)]", "[Extrait sonore : la ministre ...]": a broadcaster's label over a clip. */
const CLIP_LABEL = /^[ \t]*\[(?:soundbite|sound\s+bite|extrait(?:\s+sonore)?|clip)\s*:[^\]\n]{3,160}\][ \t]*$/iu;
/**
 * A quote opening its line right under a broadcaster's clip label is the words of the person the label names: a web story
 * set from a broadcast prints the clip's speaker over what is said, with no verb of saying.
 */
function speakerOfClipLabel(text: string, quoteAt: number, mentions: readonly Span[]): Span | undefined {
  const lineStart = text.lastIndexOf("\n", quoteAt - 1) + 1;
  if (lineStart === 0 || text.slice(lineStart, quoteAt).trim() !== "") return undefined;
  const labelStart = text.lastIndexOf("\n", lineStart - 2) + 1;
  if (!CLIP_LABEL.test(text.slice(labelStart, lineStart - 1))) return undefined;
  const named = lastInside(mentions, labelStart, lineStart);
  return named && { start: named.start, end: named.end };
}

/**
 * "Pour Anil Beeharry, la réunion « donne enfin un calendrier ... »", "Selon la ministre Awa Diallo, l'accord « ... »",
 * "According to Minister Tan, the deal “...”", "Pour M. Nzeyimana, l'accord ouvre « ... »" (an honorific's stop before the
 * name), "According to Ms. Ruiz, the plan “...”": a sentence opening on whose view it gives, the person and a comma, quotes
 * that person's words with no verb of saying.
 */
const OPINION_LEAD = /^\s*(?:pour|selon|d['’]après|according\s+to)\s+(?:(?:m|mme|mr|mrs|ms|dr)\.?\s+)?(?:[^\s,.;:“”"«»]+\s+){0,4}$/iu;
const opinionOf = (text: string, from: number, person: Span) =>
  OPINION_LEAD.test(text.slice(from, person.start)) && /^\s*,/u.test(text.slice(person.end, person.end + 3));

function leadInAttribution(
  text: string,
  quoteAt: number,
  sentence: (Span & { text: string }) | undefined,
  mentions: readonly Span[],
  previous?: QuoteFound,
): Span | null {
  const from = Math.max(sentence?.start ?? 0, quoteAt - 300, text.lastIndexOf("\n", quoteAt - 1) + 1);
  const lead = text.slice(from, quoteAt);
  let verb: RegExpExecArray | null = null;
  LEAD_IN_VERB.lastIndex = 0;
  for (let v = LEAD_IN_VERB.exec(lead); v; v = LEAD_IN_VERB.exec(lead)) verb = v;
  if (!verb) {
    const named = lastInside(mentions, from, quoteAt);
    if (named && (COLON_BEFORE_QUOTE.test(text.slice(named.end, quoteAt)) || opensColonClause(text, from, named, quoteAt)))
      return { start: named.start, end: named.end };
    const opinionHolder = firstInside(mentions, from, quoteAt);
    if (opinionHolder && opinionOf(text, from, opinionHolder)) return { start: opinionHolder.start, end: opinionHolder.end };
    return speakerOfClipLabel(text, quoteAt, mentions) ?? null;
  }
  const verbAt = from + verb.index;
  // "Son homologue a plaidé pour « ... », avant de saluer « ... »": a second quotation the same verb's clause goes on to is
  // the same speaker's.
  if (previous?.attribution && previous.start > verbAt && previous.end < quoteAt) return previous.attribution;
  const relatives = [...text.slice(from, verbAt).matchAll(RELATIVE_CLAUSE)].map((r) => ({
    start: from + r.index,
    end: from + r.index + r[0].length,
  }));
  const subjects = mentions.filter((p) => !relatives.some((r) => r.start <= p.start && p.end <= r.end));
  // "As the President told me, “...”": an office opening on "as" stands for its holder named before, like the office alone.
  // "Son homologue a souligné que « ... »": the counterpart who answers the quote before, as after a quote.
  const person =
    lastInside(subjects, from, verbAt) ??
    officeAnaphor(text.slice(from, verbAt), text, from, mentions) ??
    counterpartAnaphor(text.slice(from, verbAt).trimStart(), text, previous, from, mentions);
  if (person) return { start: person.start, end: person.end };
  const pronoun = PRONOUN_SUBJECT.exec(text.slice(from, verbAt).trimEnd());
  if (pronoun) return { start: from + pronoun.index, end: from + pronoun.index + pronoun[0].trim().length };
  if (mentions.length > 0) return null;
  const b = new RegExp(`${SPEAKER}\\s+$`, "u").exec(text.slice(from, verbAt));
  return b?.groups?.speaker ? { start: from + b.index, end: from + b.index + b.groups.speaker.length } : null;
}
