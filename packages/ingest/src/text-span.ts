/** Offsets into the original text, and the masked copy every extractor reads. */

import { wordStart } from "./word-start";

export interface Span {
  start: number;
  end: number;
}

/** Replaces every removed span with spaces (newlines kept) so offsets into the copy are offsets into the original. */
export function maskSpans(text: string, removed: readonly Span[]): string {
  if (removed.length === 0) return text;
  const chars = text.split("");
  for (const r of removed) {
    for (let i = r.start; i < r.end; i++) if (chars[i] !== "\n") chars[i] = " ";
  }
  return chars.join("");
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Keeps the longest of overlapping spans (earliest on a tie), in text order. */
export function keepLongest<T extends Span>(items: readonly T[]): T[] {
  const sorted = [...items].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const it of sorted) if (!kept.some((k) => overlaps(k, it))) kept.push(it);
  return kept.sort((a, b) => a.start - b.start);
}

/** Trims whitespace off a span of `text`. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Where a word starts and ends: no letter before it, none after it. */
export const LETTER_BOUNDS = { before: String.raw`(?<![\p{L}])`, after: String.raw`(?![\p{L}])` };
/** Where a word or a number starts and ends, a part ending on a non-letter (", ") ending where it stops. */
export const WORD_BOUNDS = {
  before: String.raw`(?<![\p{L}\p{N}])`,
  after: String.raw`(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))`,
};

/**
 * Named parts of one pattern joined between bounds: each part is read and reviewed on its own, the text is scanned
 * once, and the parts are tried in the order given (the first that matches at a place wins).
 */
export function joinedParts(parts: readonly string[], flags: string, bounds = LETTER_BOUNDS): RegExp {
  return wordStart(new RegExp(`${bounds.before}(?:${parts.join("|")})${bounds.after}`, flags));
}

/** Text to match as written inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Where the sentence holding `at` starts, read back to the last ". " or line break (a cheap bound, for short look-backs). */
export const sentenceStartBefore = (text: string, at: number) => Math.max(text.lastIndexOf(". ", at), text.lastIndexOf("\n", at)) + 1;
