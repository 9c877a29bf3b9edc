/**
 * Counts written as words, in English and French ("three", "twenty-four", "vingt-trois"), the one home of the words
 * the rules read as numbers: the pattern of a count, its value, and the short lists other rules need.
 */
/** Counts written as English words, from "a" to "ninety" (compounds such as "twenty-three" are read by `compoundCount`). */
const EN_NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  eighteen: 18,
  "twenty-four": 24,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
/** Counts written as French words, from "un" to "quatre-vingt-dix" (compounds such as "vingt-trois" by `compoundCount`). */
const FR_NUMBER_WORDS: Record<string, number> = {
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  douze: 12,
  "dix-huit": 18,
  onze: 11,
  quinze: 15,
  vingt: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  "soixante-dix": 70,
  "quatre-vingts": 80,
  "quatre-vingt-dix": 90,
};
const NUMBER_WORDS: Record<string, number> = { ...EN_NUMBER_WORDS, ...FR_NUMBER_WORDS };

/** Words of a table whose count passes `keep`, as alternatives, longest first ("dix-huit" is tried before "dix"). */
function numberWords(words: Record<string, number>, keep: (word: string, n: number) => boolean): string {
  const kept = Object.entries(words).filter(([word, n]) => keep(word, n));
  return kept
    .map(([word]) => word)
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .join("|");
}
/** Counts that are also articles: "a year", "une semaine". */
const ARTICLES = new Set(["a", "an", "un", "une"]);
/** "three", "ten": the English words for one to ten, for terms such as "for another three years". */
export const EN_ONE_TO_TEN = numberWords(EN_NUMBER_WORDS, (word, n) => n <= 10 && !ARTICLES.has(word));
const isTen = (word: string, n: number) => n >= 20 && n % 10 === 0 && !word.includes("-");
const isUnit = (word: string, n: number) => n <= 9 && !ARTICLES.has(word);
/** A count: "twenty-three" or "vingt-trois", figures, or any word of either table. */
export const COUNT = `(?<n>(?:${numberWords(EN_NUMBER_WORDS, isTen)})-(?:${numberWords(EN_NUMBER_WORDS, isUnit)})|(?:${numberWords(
  FR_NUMBER_WORDS,
  (word, n) => isTen(word, n) && n <= 60,
)})-(?:${numberWords(FR_NUMBER_WORDS, isUnit)})|\\d{1,3}|${numberWords(NUMBER_WORDS, () => true)})`;

/** A count written in figures or in English or French words ("three", "trois", "soixante", "12"), from 1 to 120. */
export function count(word: string | undefined): number | null {
  if (!word) return null;
  const n = /^\d+$/.test(word) ? Number(word) : (NUMBER_WORDS[word.toLowerCase()] ?? compoundCount(word.toLowerCase()));
  return n !== undefined && n > 0 && n <= 120 ? n : null;
}

/** "twenty-three", "vingt-trois": a ten and a unit joined by a hyphen, each a count of its own. */
function compoundCount(word: string): number | undefined {
  const [tens, unit] = word.split("-");
  const t = NUMBER_WORDS[tens ?? ""];
  const u = NUMBER_WORDS[unit ?? ""];
  return t !== undefined && u !== undefined && t % 10 === 0 && t >= 20 && u < 10 ? t + u : undefined;
}
