/** Whether a sentence speaks of the future, which decides how a bare weekday or month is placed. */

const FUTURE_EN =
  /\b(?:will|shall|['’]ll|to be held|is to be|are to be|is to|are to|plans? to|planned|scheduled|upcoming|set to|expected to|intends? to|aims? to|due to|by the end of|within the|next|coming|later this|pledged to|vowed to|agreed to|decided to|committed to)\b/i;
const FUTURE_FR =
  /(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))(?:sera|seront|aura|auront|va|vont|prévoi\p{L}*|prochaine?s?|d['’]ici|à venir|tiendra|tiendront|\p{L}{3,}eront|\p{L}{3,}iront|devrai\p{L}*|devra|devront|doit|doivent|prévue?s?|se\s+rendra|s['’]engage\p{L}*|s['’]engagent|ont convenu|conviennent|ont décidé)(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))/iu;

export function isFutureSentence(sentence: string, lang: "en" | "fr"): boolean {
  return lang === "fr" ? FUTURE_FR.test(sentence) : FUTURE_EN.test(sentence);
}
