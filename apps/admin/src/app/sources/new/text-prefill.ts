/**
 * What the top of a pasted text says about itself: its first line as a title, a dateline's date,
 * and a known publisher named near the top. The form fills only empty fields, and the curator
 * sees and can change every one before adding the source.
 */
import { monthNumber } from "@ties/domain";

const pad = (n: number) => String(n).padStart(2, "0");
const month = (word: string) => monthNumber(word) ?? 0;

export function titleOf(text: string): string {
  const line =
    text
      .split(/\r?\n/)
      .find((l) => l.trim().length > 0)
      ?.trim() ?? "";
  return line.replace(/^#+\s*/, "").slice(0, 300);
}

/** The first full date written in the opening lines ("October 14, 2026", "14 octobre 2026", "2026-10-14"). */
export function datelineOf(text: string): string | null {
  const head = text.slice(0, 600);
  const words = "([A-Za-zéû]+)";
  const candidates: { at: number; day: string | null }[] = [];
  const mdy = new RegExp(`\\b${words}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`).exec(head);
  if (mdy && month(mdy[1]!) > 0) candidates.push({ at: mdy.index, day: `${mdy[3]}-${pad(month(mdy[1]!))}-${pad(Number(mdy[2]))}` });
  const dmy = new RegExp(`\\b(\\d{1,2})(?:er)?\\s+${words}\\s+(\\d{4})\\b`).exec(head);
  if (dmy && month(dmy[2]!) > 0) candidates.push({ at: dmy.index, day: `${dmy[3]}-${pad(month(dmy[2]!))}-${pad(Number(dmy[1]))}` });
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(head);
  if (iso) candidates.push({ at: iso.index, day: iso[0] });
  return candidates.sort((a, b) => a.at - b.at)[0]?.day ?? null;
}

/** The longest known publisher named in the opening lines. */
export function publisherOf(text: string, publishers: string[]): string | null {
  const head = text.slice(0, 800).toLowerCase();
  return [...publishers].sort((a, b) => b.length - a.length).find((p) => p.length > 3 && head.includes(p.toLowerCase())) ?? null;
}

/** French or English, from the commonest short words; null when the text is too short to tell. */
export function languageOf(text: string): "en" | "fr" | null {
  const head = ` ${text.slice(0, 3000).toLowerCase()} `;
  const count = (words: string[]) => words.reduce((n, w) => n + (head.split(` ${w} `).length - 1), 0);
  const fr = count(["le", "la", "les", "des", "et", "du", "une", "avec"]);
  const en = count(["the", "and", "of", "with", "to", "a", "on"]);
  if (fr + en < 5) return null;
  return fr > en ? "fr" : "en";
}
