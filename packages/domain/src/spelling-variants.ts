/**
 * British and American spellings (and a few common variants) searched as one: "defense" finds
 * records written "defence" and the reverse. The search index stems each word as written, so the
 * query carries every spelling instead: the whole query is repeated once per spelling combination,
 * joined by "or" (web-search syntax has no brackets, so "korea defense or defence" would not mean
 * what it says). Accents are left alone: the database removes them on both sides.
 */

/** Words spelt differently on either side of the Atlantic (or commonly both ways); each group is one word. */
const GROUPS: readonly (readonly string[])[] = [
  ["defence", "defense"],
  ["defences", "defenses"],
  ["programme", "program"],
  ["programmes", "programs"],
  ["centre", "center"],
  ["centres", "centers"],
  ["labour", "labor"],
  ["licence", "license"],
  ["honour", "honor"],
  ["favour", "favor"],
  ["harbour", "harbor"],
  ["neighbour", "neighbor"],
  ["neighbours", "neighbors"],
  ["dialogue", "dialog"],
  ["catalogue", "catalog"],
  ["analyse", "analyze"],
  ["offence", "offense"],
  ["travelled", "traveled"],
  ["counsellor", "counselor"],
  ["fulfil", "fulfill"],
  ["enrol", "enroll"],
  ["cooperation", "co-operation"],
];

const BY_WORD = new Map<string, readonly string[]>();
for (const group of GROUPS) for (const word of group) BY_WORD.set(word, group);

/** -ise/-ize families by rule: organisation/organization, organised/organized, modernising/modernizing. */
const ISE = /^(.{3,})([iy])([sz])(ation|ations|ational|e|es|ed|ing|er|ers)$/;
const ISE_STEMS =
  /(organ|modern|normal|mobil|final|real|util|recogn|prior|emphas|special|stabil|digital|industrial|capital|character|author|formal|legal|global|militar|standard|harmon|optim|summar|minim|maxim|categor|civil|colon|democrat|privat|national|internation|liberal|central|decentral|visual|critic|apolog|symbol|subsid|memor|familiar|sympath|synchron|strateg)$/;

/** Every spelling of one word that the search should also try (the word itself first). */
export function spellingsOf(word: string): string[] {
  const lower = word.toLowerCase();
  const group = BY_WORD.get(lower);
  if (group) return [lower, ...group.filter((w) => w !== lower)];
  const m = ISE.exec(lower);
  if (m && ISE_STEMS.test(m[1]!)) {
    const other = m[3] === "s" ? "z" : "s";
    return [lower, `${m[1]}${m[2]}${other}${m[4]}`];
  }
  return [lower];
}

/** At most this many words with variants are expanded (2^3 = 8 alternatives), so a long query stays cheap. */
const MAX_VARIANT_WORDS = 3;

/**
 * The query with every spelling variant: "korea defence" -> "korea defence or korea defense".
 * Words after a "-" (excluded words) are not expanded; a query without variants comes back unchanged.
 */
export function expandSpellingVariants(q: string): string {
  const tokens = q.split(/(\s+|"|(?<=^|\s)-)/);
  const slots: { index: number; spellings: string[] }[] = [];
  for (const [index, token] of tokens.entries()) {
    if (slots.length >= MAX_VARIANT_WORDS) break;
    if (!/^[\p{L}-]+$/u.test(token) || tokens[index - 1] === "-") continue;
    const spellings = spellingsOf(token);
    if (spellings.length > 1) slots.push({ index, spellings });
  }
  if (slots.length === 0) return q;
  let alternatives: string[][] = [tokens];
  for (const slot of slots) {
    alternatives = alternatives.flatMap((alt) =>
      slot.spellings.map((spelling) => {
        const copy = [...alt];
        copy[slot.index] = spelling;
        return copy;
      }),
    );
  }
  return alternatives.map((alt) => alt.join("").trim()).join(" or ");
}
