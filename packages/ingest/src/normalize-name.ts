/** Name normalisation for matching: accents, case, hyphens and apostrophes do not make a different name. */

export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ı/g, "i")
    .toLowerCase()
    .replace(/[’'`.]/g, "")
    .replace(/[-‐–]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Tokens of a normalised name, order-free, for "Byung-won Chung" against "Chung Byung-won". */
export function nameTokenKey(name: string): string {
  return normalizeName(name.replace(/[-‐–]/g, "")).split(" ").filter(Boolean).sort().join(" ");
}

/** Lower-cased words without accents, for keyword tests. */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}
