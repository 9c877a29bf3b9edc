/**
 * Splits kept text into paragraphs (lines) and sentences, keeping offsets. Abbreviations common
 * in diplomatic copy ("S. Korea", "U.S.", "(Fri.)", "Mr.", "2025.3.7.") do not end a sentence.
 */
import type { Span } from "./text-span";

export interface Sentence extends Span {
  text: string;
  paragraph: number;
  index: number;
}

export interface Paragraph extends Span {
  text: string;
  index: number;
}

/** Abbreviated months, English and French: after a day, a capital that follows opens a new sentence. */
const MONTH_ABBREVIATIONS = [
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "janv",
  "févr",
  "fév",
  "avr",
  "juil",
  "juill",
  "déc",
];
const MONTH_ABBREVIATION_SET = new Set(MONTH_ABBREVIATIONS);

const ABBREVIATIONS = new Set(
  [
    // Honorifics before a name: "H.E. Mr", "S.E. M.", "Hon.", "Ma. Theresa" (Maria, in Philippine names), "Mgr".
    "h.e",
    "s.e",
    "hon",
    "rt",
    "ma",
    "mgr",
    "prof",
    // "Prof. dr. ir.", "drs.": the Dutch engineer's and master's titles.
    "ir",
    "drs",
    // "Mag. Elisabeth ...", "Eng. María ...", "Engr. ...", "Ing. ...", "Atty. ...": professional titles before a name.
    "mag",
    "eng",
    "engr",
    "ing",
    "atty",
    "assoc",
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "mt",
    "no",
    "vs",
    "etc",
    "inc",
    "ltd",
    "co",
    "corp",
    "jr",
    "sr",
    "gen",
    "lt",
    "col",
    "sgt",
    // "Maj. Gen. Robert Kessler", "Brig. Gen. ...", "Cpl. Jenna Clarke", "Cdr. ...": military ranks before a name.
    "maj",
    "brig",
    "cpl",
    "cdr",
    "capt",
    "cmdr",
    "adm",
    "sen",
    "rep",
    "gov",
    "prof",
    "hon",
    "rt",
    "gén",
    "mme",
    "mlle",
    "m",
    // English and French abbreviated months ("au plus tard le 15 déc. 2030, et ..."): the year after them is no new sentence.
    ...MONTH_ABBREVIATIONS,
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thurs",
    "fri",
    "sat",
    "sun",
    // "Lun. 10 nov.", "du mar. 4 au mer. 5 nov.": French weekdays as agendas abbreviate them ("mar" is March's too).
    "lun",
    "mar",
    "mer",
    "jeu",
    "ven",
    "sam",
    "dim",
    "u.s",
    "u.k",
    "u.n",
    "e.u",
    "p.m",
    "a.m",
    "approx",
    "fig",
    "dept",
  ].map((s) => s.toLowerCase()),
);

export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!/\S/.test(m[0])) continue;
    let start = m.index;
    let end = m.index + m[0].length;
    while (/\s/.test(text[start]!)) start++;
    while (/\s/.test(text[end - 1]!)) end--;
    out.push({ start, end, text: text.slice(start, end), index: out.length });
  }
  return out;
}

export function splitSentences(text: string, paragraphs: readonly Paragraph[]): Sentence[] {
  const out: Sentence[] = [];
  const boundary = /[.!?]+["”’»)\]]*(?:\[\w+\])?(?=\s+["“«‘(]?[\p{Lu}\d])/gu;
  for (const p of paragraphs) {
    let start = p.start;
    boundary.lastIndex = 0;
    for (let m = boundary.exec(p.text); m; m = boundary.exec(p.text)) {
      const at = p.start + m.index;
      const before = text.slice(Math.max(p.start, at - 12), at);
      const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? "";
      const bare = word.replace(/^\.+/, "").toLowerCase();
      // A single capital ("S."), a known abbreviation, or a numeric date part is not a sentence end.
      // A month abbreviated after its day ("à Andong le 23 oct. Le Québec ...") ends the sentence when a capital follows.
      const monthAfterDay =
        MONTH_ABBREVIATION_SET.has(bare) && /\d\s+[\p{L}.]+$/u.test(before) && /^\.\s+["“«‘(]?\p{Lu}/u.test(text.slice(at, at + 6));
      if (
        !monthAfterDay &&
        (/^\p{Lu}$/u.test(word) || ABBREVIATIONS.has(bare) || (/\d$/.test(before) && /^\.\s*\d/.test(text.slice(at, at + 4))))
      )
        continue;
      if (/\(\s*\p{L}{2,4}$/u.test(before)) continue;
      const end = at + m[0].length;
      out.push(makeSentence(text, start, end, p.index, out.length));
      start = end;
    }
    if (start < p.end) out.push(makeSentence(text, start, p.end, p.index, out.length));
  }
  return out.filter((s) => s.end > s.start);
}

function makeSentence(text: string, start: number, end: number, paragraph: number, index: number): Sentence {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end, text: text.slice(start, end), paragraph, index };
}

/** The sentence holding an offset, if any, by binary search over the sentences in text order. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
