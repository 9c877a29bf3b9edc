/** Name normalisation for matching: accents, case, hyphens and apostrophes do not make a different name. */

/**
 * The same few names (the known people, agreements and organisations) are normalised again for every candidate they are
 * compared with: remember the answers, up to a bound.
 */
const normalized = new Map<string, string>();
const tokenKeys = new Map<string, string>();
const CACHE_LIMIT = 50_000;

function remembered(cache: Map<string, string>, name: string, compute: (name: string) => string): string {
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const value = compute(name);
  cache.set(name, value);
  return value;
}

export function normalizeName(name: string): string {
  return remembered(normalized, name, normalizeNow);
}

function normalizeNow(name: string): string {
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
  return remembered(tokenKeys, name, (n) => normalizeName(n.replace(/[-‐–]/g, "")).split(" ").filter(Boolean).sort().join(" "));
}

/** Lower-cased words without accents, for keyword tests. */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}
