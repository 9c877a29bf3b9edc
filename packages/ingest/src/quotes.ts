/**
 * Quotes and their speakers: direct quotes in curly, straight or French quotation marks with an
 * attribution before or after ("“...” – Mélanie Joly, Minister of Foreign Affairs", "“...,” he
 * said", « ... », a déclaré ...), and reported speech ("Chung said the move ...").
 */
import type { Span } from "./text-span";

export interface QuoteFound extends Span {
  text: string;
  direct: boolean;
  /** Where the attribution names the speaker (a name, a pronoun or a noun phrase). */
  attribution: Span | null;
  attributionText: string | null;
  rule: string;
}

const SPEECH = "(?:said|says|added|noted|stated|stressed|emphasi[sz]ed|underlined|told\\s+[\\p{L}]+|explained|remarked|declared|wrote|a déclaré|a dit|a affirmé|a souligné|a ajouté|a indiqué|a rappelé|a expliqué|déclare|affirme|souligne)";
const SPEAKER = "(?<speaker>(?:he|she|they|il|elle|(?:the|la|le)\\s+[\\p{Ll}\\s]{2,40}?(?:minister|ministre|ministry|ministère|president|présidente?|official|spokesperson|porte-parole|ambassador|ambassadeur)|[\\p{Lu}][\\p{L}'’.-]*(?:\\s+[\\p{Lu}][\\p{L}'’.-]*){0,3}))";

const DIRECT = /[“"«]\s*(?<q>[^“”"«»]{12,2000}?)\s*[”"»]/gu;
const AFTER_DASH = /^\s*[–—-]\s*(?<speaker>[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3})/u;
const AFTER_VERB_FIRST = new RegExp(`^\\s*,?\\s*${SPEECH}\\s+${SPEAKER}`, "iu");
const AFTER_SPEAKER_FIRST = new RegExp(`^\\s*,?\\s*${SPEAKER}\\s+${SPEECH}`, "u");
const FR_INVERTED = new RegExp(`^\\s*,?\\s*(?:a\\s+)?(?:déclaré|dit|affirmé|souligné|ajouté|indiqué|expliqué)\\s+${SPEAKER}`, "iu");
const BEFORE = new RegExp(`${SPEAKER}\\s+${SPEECH}(?:\\s+that)?\\s*[:,]?\\s*$`, "u");
const REPORTED = new RegExp(`${SPEAKER}\\s+(?:said|says|told\\s+[\\p{L}\\s]{2,30}?|stated|noted|stressed|emphasi[sz]ed|argued|warned|a déclaré|a affirmé|a souligné|a indiqué)\\s+(?:that\\s+|que\\s+|qu['’])?(?<q>[^“”"«»]{15,600})`, "gu");

export function findQuotes(text: string, sentences: ReadonlyArray<Span & { text: string }>): QuoteFound[] {
  const out: QuoteFound[] = [];
  DIRECT.lastIndex = 0;
  for (let m = DIRECT.exec(text); m; m = DIRECT.exec(text)) {
    const q = m.groups!.q!;
    const qStart = m.index + m[0].indexOf(q);
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 160);
    const before = text.slice(Math.max(0, m.index - 120), m.index);
    let attribution: Span | null = null;
    let rule = "quote.direct";
    const a = AFTER_DASH.exec(after) ?? FR_INVERTED.exec(after) ?? AFTER_VERB_FIRST.exec(after) ?? AFTER_SPEAKER_FIRST.exec(after);
    if (a?.groups?.speaker) {
      const at = end + a.index + a[0].lastIndexOf(a.groups.speaker);
      attribution = { start: at, end: at + a.groups.speaker.length };
      rule = "quote.direct+attribution-after";
    } else {
      const b = BEFORE.exec(before);
      if (b?.groups?.speaker) {
        const at = m.index - before.length + b.index;
        attribution = { start: at, end: at + b.groups.speaker.length };
        rule = "quote.direct+attribution-before";
      }
    }
    // Scare quotes around a few words are not quotations.
    if (!attribution && q.split(/\s+/).length < 6) continue;
    out.push({ start: qStart, end: qStart + q.length, text: q, direct: true, attribution, attributionText: attribution ? text.slice(attribution.start, attribution.end) : null, rule });
  }
  for (const s of sentences) {
    if (/[“”"«»]/.test(s.text)) continue;
    REPORTED.lastIndex = 0;
    const m = REPORTED.exec(s.text);
    if (!m?.groups?.speaker || !m.groups.q) continue;
    const speakerStart = s.start + m.index;
    const qStart = s.start + m.index + m[0].lastIndexOf(m.groups.q);
    const qText = m.groups.q.replace(/[.\s]+$/, "");
    if (out.some((o) => o.start <= qStart && qStart < o.end + 5)) continue;
    out.push({
      start: qStart,
      end: qStart + qText.length,
      text: qText,
      direct: false,
      attribution: { start: speakerStart, end: speakerStart + m.groups.speaker.length },
      attributionText: m.groups.speaker,
      rule: "quote.reported",
    });
  }
  return out.sort((a, b) => a.start - b.start);
}
