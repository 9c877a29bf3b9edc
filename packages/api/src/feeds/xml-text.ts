/** Text hygiene for feed formats: XML 1.0 and iCalendar both forbid most control characters (PDF form feeds, say). */

/** Removes C0 controls except tab, line feed and carriage return, and DEL. */
export function withoutControlCharacters(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) continue;
    out += ch;
  }
  return out;
}

/** Text safe inside XML elements and attributes. */
export function xmlText(s: string): string {
  return withoutControlCharacters(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
