/**
 * Whether a sentence speaks of the tracked pair. A sentence's parties are the countries named
 * near its start as actors (not "North Korea's ..." as a topic); "the two countries", "both
 * sides" and "they" take the parties of their paragraph, or of the text so far. A record of an
 * event, agreement or commitment is only suggested for sentences whose parties are the pair.
 */
import { type CountryMention, findCountryMentions } from "./country-mentions";
import type { Sentence } from "./sentence-splitter";

export interface PairScope {
  aboutPair: boolean;
  /** The parties a sentence speaks of (its own actors, or inherited). */
  partiesOf: (sentence: Sentence) => Set<string>;
  /** Countries named anywhere in the sentence. */
  countriesOf: (sentence: Sentence) => CountryMention[];
  isPair: (parties: Set<string>) => boolean;
}

/** A line of four or more places joined by dashes or arrows, after an optional label: a route or a rotation. */
const ROUTE = /^(?:[^:\n]{1,40}:\s*)?(?:[\p{Lu}][\p{L}'’. ]{1,30}?\s+[–—→>-]\s+){3,}[\p{Lu}][\p{L}'’. ]{1,30}\s*$/u;

/** Countries that are usually the topic of a pair's statements rather than a party to them. */
const TOPIC_ONLY = new Set(["KP"]);

export function buildPairScope(text: string, sentences: readonly Sentence[], pair: readonly [string, string]): PairScope {
  const mentions = new Map<number, CountryMention[]>();
  // A province or state speaks for its country only in a text about that country's pair: the names of a faraway
  // country's regions ("Gulf", "Delta", "Miranda") are more often other words.
  for (const s of sentences)
    mentions.set(
      s.index,
      findCountryMentions(text, s).filter((m) => !m.subdivision || pair.includes(m.code)),
    );
  const actors = new Map<number, Set<string>>();
  for (const s of sentences) actors.set(s.index, actorsOf(text, s, mentions.get(s.index) ?? [], pair));

  const inherited = new Map<number, Set<string>>();
  const aboutPair = sentences.some((s) => {
    const codes = new Set((mentions.get(s.index) ?? []).map((m) => m.code));
    return codes.has(pair[0]) && codes.has(pair[1]);
  });
  // In a text about the pair, "both sides" before any other actors are named means the pair.
  let docParties = new Set<string>(aboutPair ? pair : []);
  let paragraph = -1;
  let paraParties = new Set<string>();
  for (const s of sentences) {
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      paraParties = new Set();
    }
    const own = actors.get(s.index)!;
    for (const c of own) paraParties.add(c);
    const effective = own.size > 0 ? own : paraParties.size > 0 ? new Set(paraParties) : new Set(docParties);
    inherited.set(s.index, effective);
    if (own.size >= 2) docParties = own;
    else if (own.size === 1 && paraParties.size >= 2) docParties = new Set(paraParties);
  }

  const isPair = (parties: Set<string>) => {
    const named = [...parties].filter((c) => !TOPIC_ONLY.has(c) || pair.includes(c));
    if (named.length === 0) return false;
    const third = named.filter((c) => !pair.includes(c));
    return third.length === 0;
  };
  return {
    aboutPair,
    partiesOf: (s) => inherited.get(s.index) ?? new Set(),
    countriesOf: (s) => mentions.get(s.index) ?? [],
    isPair,
  };
}

/**
 * Countries acting in a sentence: those named before its main verb, or coordinated with one of
 * the pair ("S. Korea, Britain agree ..."), possessives and "in Canada"-style locations aside.
 */
function actorsOf(text: string, s: Sentence, mentions: readonly CountryMention[], pair: readonly [string, string]): Set<string> {
  const out = new Set<string>();
  const verb =
    /(?<![\p{L}\p{N}])(?:is|are|was|were|has|have|had|will|would|can|could|should|shall|must|agreed?|decided|met|meet|held|hold|signed|pledged|vowed|plans?|announced|launched|adopted|concluded|reaffirmed|reiterated|share|shares|became|commit(?:s|ted)?|urged|welcomed|continues?|est|sont|ont|a|va|vont|sera|seront|se sont|s['’]engagent|conviennent|agree|cooperate|co-operate|strengthen|bolster|boost|work(?:ing)?)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/u;
  const body = text.slice(s.start, s.end);
  const v = verb.exec(body);
  // "July 24, 2026 – Manila, Philippines – Global Affairs Canada": a dated line without a verb is a dateline, and the
  // country of the city it was written in acts in nothing.
  if (!v && /\d/.test(body) && !/[.!?]\s*$/.test(body)) return out;
  // "Port rotation: Busan – Gwangyang – Shanghai – Singapore – ...": a route's stops, one after another, are no actors.
  if (!v && ROUTE.test(body)) return out;
  const verbAt = v ? s.start + v.index : s.end;
  // "In response to North Korea's provocations and its ties with Russia, both sides ...": an opening adverbial names no actor.
  const opener =
    /^(?:In|On|At|Amid|Given|Following|After|Before|During|Despite|Addressing|Regarding|With|Against|Unlike|Like|As|En|Dans|Face|Suite|Après|Avant|Lors|Malgré)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))[^,]{0,200},/u.exec(
      body,
    );
  // "(CARICOM Secretariat, Turkeyen, Greater Georgetown, Guyana) The Prime Minister of Belize ...", "(Bruxelles, Belgique)
  // Le ministre ...": a release's place line in brackets before its first sentence names where it was issued, no actor.
  const placeLine = opener ? null : /^\([^()]{1,120}\)\s+(?=\p{Lu})/u.exec(body);
  const actorsFrom = s.start + (opener?.[0].length ?? placeLine?.[0].length ?? 0);
  for (const m of mentions) {
    if (m.possessive || m.start < actorsFrom) continue;
    const before = text.slice(Math.max(s.start, m.start - 14), m.start);
    if (
      /(?<![\p{L}])(?:in|to|at|from|with|against|on|about|toward|towards|over|by|for|including|under|à|en|au|vers|avec|contre|sur|envers)\s+(?:the\s+|la\s+|le\s+|l['’])?$/iu.test(
        before,
      ) &&
      !m.capital
    )
      continue;
    if (m.start < verbAt) out.add(m.code);
  }
  // "held a telephone talk with the Hon. Anthony Albanese MP, Prime Minister of Australia": the office of the one met
  // names the other party, when the subject named its own.
  for (const m of mentions) {
    if (out.size === 0 || m.start < verbAt || m.possessive) continue;
    const before = text.slice(verbAt, m.start);
    if (
      /(?<![\p{L}])(?:with|avec)\s/iu.test(before) &&
      /(?<![\p{L}])(?:minister|president|prime minister|chancellor|secretary|king|queen|ministre|président|présidente|premier ministre|chancelier|roi|reine)(?:\s+[\p{L}-]+){0,4}\s+(?:of|de|du|des)\s+(?:the\s+|la\s+|l['’])?$/iu.test(
        before,
      )
    )
      out.add(m.code);
  }
  // "between Canada and South Korea", "Canada and South Korea" after the verb still name the parties.
  const coordinated = /(?:^|\s)(?:between|of|with|entre|et|and)\s*(?:the\s+|le\s+|la\s+|l['’])?$/;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    const gap = text.slice(a.end, b.start);
    if (
      /^\s*(?:and|&|,|et|-|–)\s*(?:the\s+|le\s+|la\s+|l['’])?$/.test(gap) &&
      a.start >= verbAt &&
      !a.possessive &&
      (pair.includes(a.code) || pair.includes(b.code))
    ) {
      if (
        coordinated.test(text.slice(Math.max(s.start, a.start - 12), a.start)) ||
        /^\s*(?:and|et)\s*(?:the\s+|le\s+|la\s+|l['’])?$/.test(gap)
      ) {
        out.add(a.code);
        if (
          !b.possessive ||
          /['’]s\s+(?:top|foreign|leaders|ministers|officials|diplomats|governments|ministries)/.test(text.slice(b.end, b.end + 30))
        )
          out.add(b.code);
      }
    }
  }
  // "conducted by the Turkish and Qatari Land Forces": names coordinated by "and" share their role, actor or not.
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    if (!/^\s*(?:and|et|&)\s*$/.test(text.slice(a.end, b.start)) || a.possessive || b.possessive) continue;
    if (out.has(b.code) && pair.includes(a.code)) out.add(a.code);
  }
  // "South Korea and Canada's top diplomats met": a coordinated possessive names both actors.
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    if (
      /^\s*(?:and|et)\s*$/.test(text.slice(a.end, b.start)) &&
      b.possessive &&
      b.start < verbAt &&
      /^['’]s\s+(?:top|foreign|leaders?|ministers?|officials|diplomats|governments|ministries|presidents?|prime)/.test(
        text.slice(b.end, b.end + 30),
      )
    ) {
      out.add(a.code);
      out.add(b.code);
    }
  }
  return out;
}
