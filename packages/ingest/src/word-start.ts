/**
 * Patterns that open with a word's bound, `(?<![\p{L}])` or `(?<![\p{L}\p{N}])`, searched the fast way.
 *
 * V8 skips ahead to the places where a pattern's first letters stand, but not when a lookbehind stands before them: it
 * then runs the whole pattern, its lookbehind first, at every character of the text, several times slower. A
 * `WordStartRegExp` searches with the pattern bereft of its bound to find each place a match may start (every match of
 * the whole pattern starts where the rest matches), and tries the bound alone there, sticky. The first place it holds
 * is where the whole pattern's first match starts, and the rest's match there is the whole pattern's (the bound takes no
 * character and captures nothing), so it is the one returned: every method of a RegExp (`test`,
 * `exec`, `match`, `matchAll`, `replace`, `split`, `search`, `lastIndex`, `source`, `flags`) gives what the pattern
 * built by `new RegExp` gives.
 */

/**
 * The bounds a pattern opens with: one lookbehind or more, each of classes, characters and escapes without a group of
 * its own (`(?<![\p{L}\p{N}])`, `(?<![\p{L}-])(?<!\d\s)`). The rest of the pattern matches wherever the whole does.
 */
const LEADING_BOUND = /^(?:\(\?<[!=](?:\[(?:[^\]\\]|\\.)*\]|[^()[\]\\]|\\.)*\))+/u;

/** The patterns a search uses, shared by every copy of one pattern (`matchAll` and `split` make copies). */
interface Searchers {
  /** The pattern without its bound, global: finds each place the whole pattern may start. */
  rest: RegExp;
  /** The bound alone, sticky: tried at each place. */
  bound: RegExp;
  /** The whole pattern, sticky: what a sticky search runs. */
  whole: RegExp;
}
const searchersOf = new Map<string, Searchers>();

function searchers(source: string, flags: string, bound: string): Searchers {
  const plain = flags.replace(/[gy]/gu, "");
  const key = `${plain}/${source}`;
  let found = searchersOf.get(key);
  if (!found) {
    found = {
      rest: new RegExp(source.slice(bound.length), `${plain}g`),
      bound: new RegExp(bound, `${plain}y`),
      whole: new RegExp(source, `${plain}y`),
    };
    searchersOf.set(key, found);
  }
  return found;
}

export class WordStartRegExp extends RegExp {
  readonly #searchers: Searchers;

  constructor(pattern: string | RegExp, flags?: string) {
    super(pattern, flags);
    const bound = LEADING_BOUND.exec(this.source);
    if (!bound) throw new Error(`WordStartRegExp: /${this.source}/ does not open with a word's bound`);
    this.#searchers = searchers(this.source, this.flags, bound[0]);
  }

  override exec(text: string): RegExpExecArray | null {
    const { rest, bound, whole } = this.#searchers;
    const carries = this.global || this.sticky;
    const from = carries ? this.lastIndex : 0;
    const searcher = this.sticky ? whole : rest;
    const match = this.sticky ? at(whole, text, from) : first(rest, bound, text, from);
    if (carries) this.lastIndex = match ? searcher.lastIndex : 0;
    return match;
  }
}

/** The whole pattern's match starting right at `index`, if any. */
function at(whole: RegExp, text: string, index: number): RegExpExecArray | null {
  if (index > text.length) return null;
  whole.lastIndex = index;
  return whole.exec(text);
}

/** The whole pattern's first match starting at or after `from`: the rest's first match where the bound holds. */
function first(rest: RegExp, bound: RegExp, text: string, from: number): RegExpExecArray | null {
  let index = from;
  while (index <= text.length) {
    rest.lastIndex = index;
    const candidate = rest.exec(text);
    if (!candidate) return null;
    bound.lastIndex = candidate.index;
    if (bound.test(text)) return candidate;
    // The next place: past the whole character at this one (a pair of surrogates is one character to a /u pattern).
    index = candidate.index + (rest.unicode && (text.codePointAt(candidate.index) ?? 0) > 0xffff ? 2 : 1);
  }
  return null;
}

/**
 * At most this many different first characters: with more, V8 skips ahead too rarely for the search to pay (measured
 * over the labelled texts' sentences, patterns of up to eight first characters ran in 0.3-0.9 of their time searched this
 * way, and of nine or more in 1.0-3.9). Nor does trying a pattern of many first characters, sticky, at each character
 * after a non-letter that is one of them: over the same texts the 53 such patterns took 6.4 s that way against 5.0 left to
 * V8, and over their sentences 21.2 s against 8.3. Since the bound alone is tried at each place (not the whole pattern
 * again), the 56 patterns of nine or more first characters, each searched once in every labelled sentence, take about
 * half their time searched this way, seven of them longer (a rest that opens with a short common word, "a", "to", "en",
 * matches inside many words); but the extractor as a whole, every such pattern searched this way, was no faster (CPU
 * 100.4 and 101.9 ms per 10 KB against 99.6 and 95.3, alternated): many run through `replace` and `matchAll` on whole
 * texts, where a plain RegExp keeps V8's own loop.
 */
const MOST_FIRST_CHARACTERS = 8;

/**
 * The pattern, searched by a `WordStartRegExp` when it opens with a word's bound followed by a few characters V8 can
 * skip ahead to; unchanged otherwise (a sticky pattern, or one whose rest may start anywhere or with many letters).
 */
export function wordStart(pattern: RegExp): RegExp {
  const bound = pattern.sticky ? null : LEADING_BOUND.exec(pattern.source);
  const first = bound ? firstCharacters(pattern.source.slice(bound[0].length)) : null;
  if (!first || first.size > MOST_FIRST_CHARACTERS) return pattern;
  const fast = new WordStartRegExp(pattern.source, pattern.flags);
  WORD_START_PATTERNS.push(fast);
  return fast;
}

/** Every pattern `wordStart` made a `WordStartRegExp` of, in the order the modules built them: the tests read each. */
export const WORD_START_PATTERNS: WordStartRegExp[] = [];

/** A quantifier that lets what it follows match nothing: "?", "*", "{0,...}". */
const OPTIONAL = /^(?:[?*]|\{0[,}])/u;

/**
 * The characters (in lower case) every match of a pattern's source starts with, or null when it may start with any: a
 * letter, a digit or a punctuation mark written out, a small class of them, or a group each of whose alternatives starts
 * so; the characters V8 can skip ahead to. Assertions are read past; an optional part, and an alternative of assertions
 * alone, count with what follows them.
 */
export function firstCharacters(source: string): Set<string> | null {
  const found = new Set<string>();
  return topLevelAlternatives(source).every((alternative) => sequenceFirstCharacters(alternative, found)) ? found : null;
}

/** `firstCharacters` for a source without a "|" of its own, added to `found`; false when it may start with any. */
function sequenceFirstCharacters(source: string, found: Set<string>): boolean {
  const c = source[0];
  if (c === undefined || /\s/u.test(c)) return false;
  if (c === "(") {
    const close = closingParen(source);
    if (close < 0) return false;
    const after = source.slice(close + 1);
    if (/^\(\?(?:<[!=]|[!=])/u.test(source)) return sequenceFirstCharacters(after, found);
    // Each alternative, followed by what follows the group: an alternative of assertions alone starts where that does.
    const body = source.slice(/^\((?:\?:|\?<[\p{L}\p{N}_]+>)?/u.exec(source)![0].length, close);
    const rest = skipQuantifier(after);
    return (
      topLevelAlternatives(body).every((alternative) => sequenceFirstCharacters(alternative + rest, found)) &&
      (!OPTIONAL.test(after) || sequenceFirstCharacters(rest, found))
    );
  }
  const token = /^(?:\[[^\]\\^\s-][^\]\\\s-]*\]|\\d|\\[^\p{L}\p{N}]|[^\\[\](){}.^$|?*+])/u.exec(source);
  if (!token) return false;
  const characters = token[0] === "\\d" ? "0123456789" : token[0].startsWith("[") ? token[0].slice(1, -1) : token[0].replace(/^\\/u, "");
  for (const character of characters) found.add(character.toLowerCase());
  const after = source.slice(token[0].length);
  return !OPTIONAL.test(after) || sequenceFirstCharacters(skipQuantifier(after), found);
}

/** The source after the quantifier it opens with. */
function skipQuantifier(source: string): string {
  return source.replace(/^(?:[?*+]|\{\d*(?:,\d*)?\})\??/u, "");
}

/** The offset of the parenthesis closing the group a source opens with, or -1. */
function closingParen(source: string): number {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  return -1;
}

/** A group's body cut at its own "|", not at those of the groups and classes inside it. */
function topLevelAlternatives(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      parts.push(body.slice(from, i));
      from = i + 1;
    }
  }
  return [...parts, body.slice(from)];
}
