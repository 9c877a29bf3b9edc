import { wordStart } from "./word-start"; /**
 * Acronyms and the names they stand for, read once for the whole extractor: a long form with its acronym in brackets
 * ("Natural Sciences and Engineering Research Council of Canada (NSERC)", "the Patent Prosecution Highway (PPH)"), and a
 * name the text writes in full whose capitals an acronym spells ("The Royal Ontario Museum has concluded ... the ROM's
 * Director").
 */

export interface DefinedAcronym {
  acronym: string;
  /** The capitalised words before the bracket, up to eleven, with the small words names hold. */
  long: string;
  /** Where the bracket opens and closes. */
  start: number;
  end: number;
}

const BRACKETED = /\((?<acr>[\p{Lu}]{2,8})\)/gu;
const NAME_WORD = "[\\p{Lu}][\\p{L}'’-]*";
const SMALL_WORD = "of|and|for|the|on|de|du|des|la|le|et|l['’][\\p{Lu}][\\p{L}-]*|d['’][\\p{Lu}][\\p{L}-]*";
/** The long form right before a bracket: capitalised words and the small words between them. */
const LONG_FORM_BEFORE = wordStart(
  new RegExp(`(?<![\\p{L}'’-])(?<long>${NAME_WORD}(?:\\s+(?:${NAME_WORD}|${SMALL_WORD})){1,10})\\s+$`, "u"),
);
/**
 * A run of two to eight capitalised words, with "of", "and", "for" or "on" between them, "of the" too ("Commonwealth of the
 * Northern Mariana Islands" for "CNMI"): a name an acronym may spell.
 */
const CAPITALISED_RUN = wordStart(
  new RegExp(`(?<![\\p{L}'’-])${NAME_WORD}(?:\\s+(?:(?:of(?:\\s+the)?|and|for|on)\\s+)?${NAME_WORD}){1,7}`, "gu"),
);

/** The capitals that open a long form's words: "Patent Prosecution Highway" is "PPH". */
export const initialsOf = (long: string) => [...long.matchAll(/(?<![\p{L}'’-])\p{Lu}/gu)].map((c) => c[0]).join("");

/** Every acronym defined by its long form in brackets, in the order of the text. */
export function bracketedAcronyms(text: string): DefinedAcronym[] {
  if (!text.includes("(")) return [];
  const out: DefinedAcronym[] = [];
  for (const d of text.matchAll(BRACKETED)) {
    const long = LONG_FORM_BEFORE.exec(text.slice(Math.max(0, d.index - 160), d.index))?.groups?.long;
    if (long) out.push({ acronym: d.groups!.acr!, long, start: d.index, end: d.index + d[0].length });
  }
  return out;
}

/**
 * The shortest end of a long form whose capitals spell the acronym exactly ("the bilateral Patent Prosecution Highway"
 * for "PPH" is "Patent Prosecution Highway"), if any.
 */
export function longFormSpelling(long: string, acronym: string): string | undefined {
  const words = long.split(/\s+/u);
  for (let i = words.length - 1; i >= 0; i--) {
    if (!/^\p{Lu}/u.test(words[i]!)) continue;
    const tail = words.slice(i).join(" ");
    const initials = initialsOf(tail);
    if (initials === acronym) return tail;
    if (initials.length > acronym.length) return undefined;
  }
  return undefined;
}

/**
 * Acronyms the text uses without defining them, each with a name written in full elsewhere in the text whose capitals
 * spell it ("ROM" for "Royal Ontario Museum"). An acronym two names could spell stands for neither.
 */
export function acronymsSpelledByNames(text: string): Map<string, string> {
  const used = new Set(text.match(/(?<![\p{L}])[\p{Lu}]{2,8}(?![\p{L}])/gu) ?? []);
  const out = new Map<string, string>();
  if (used.size === 0) return out;
  const ambiguous = new Set<string>();
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    // The run and each run of its words that opens or closes it: "The Royal Ontario Museum" holds "Royal Ontario Museum".
    const words = m[0].split(/\s+/u);
    for (let i = 0; i < words.length; i++)
      for (const name of [words.slice(i).join(" "), words.slice(0, words.length - i).join(" ")]) {
        if (!/^\p{Lu}/u.test(name) || !/\p{Lu}[\p{L}'’-]*$/u.test(name) || !name.includes(" ")) continue;
        const initials = initialsOf(name);
        if (!used.has(initials) || ambiguous.has(initials)) continue;
        const known = out.get(initials);
        if (known === undefined) out.set(initials, name);
        else if (known !== name) {
          out.delete(initials);
          ambiguous.add(initials);
        }
      }
  }
  return out;
}
