/** A quick English-or-French guess from function words, for callers that do not say. */
export function detectLanguage(text: string): "en" | "fr" {
  const sample = text.slice(0, 5000).toLowerCase();
  const fr = (sample.match(/\b(?:le|la|les|des|du|et|est|une|dans|pour|avec|sur|qui|que|au|aux)\b/g) ?? []).length;
  const en = (sample.match(/\b(?:the|and|of|to|in|is|for|with|on|that|by|as|was)\b/g) ?? []).length;
  return fr > en ? "fr" : "en";
}
