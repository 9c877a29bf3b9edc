/** Month and weekday names in the languages Ties reads and writes, and reading them back to numbers. */

export const MONTH_NAMES = {
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
} as const;

export const WEEKDAY_NAMES = {
  en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
  fr: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
} as const;

/** A word without accents, case or a trailing abbreviation dot: "Févr." -> "fevr". */
export function foldWord(word: string): string {
  return word
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\.$/, "");
}

function indexIn(lists: readonly (readonly string[])[], word: string, isPrefix: (w: string) => boolean): number | null {
  const w = foldWord(word);
  for (const list of lists) {
    const i = list.findIndex((name) => foldWord(name) === w || (isPrefix(w) && foldWord(name).startsWith(w)));
    if (i >= 0) return i + 1;
  }
  return null;
}

/** 1-12 for an English or French month name or abbreviation ("Sept.", "févr.", "juil."). */
export function monthNumber(word: string): number | null {
  // "jui" alone could be June or July.
  return indexIn([MONTH_NAMES.en, MONTH_NAMES.fr], word, (w) => w.length >= 3 && w !== "jui");
}

/** ISO weekday 1 (Monday) - 7 for an English or French weekday name or abbreviation. */
export function weekdayNumber(word: string): number | null {
  return indexIn([WEEKDAY_NAMES.en, WEEKDAY_NAMES.fr], word, (w) => w.length >= 3);
}
