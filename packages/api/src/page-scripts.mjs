// The scripts of a page Next.js rendered: the CSP hashes of its inline ones, and the page without
// the framework's client runtime. Plain JavaScript, like serve-next.mjs, which uses it.
//
// Regular expressions suffice here because the HTML is React's own output, never a visitor's:
// React escapes "<" in text and attribute values, and in the inline payloads and JSON-LD the
// characters that could close a script element, so `<script`, `</script>` and `<link` appear
// only as real tags.
import { createHash } from "node:crypto";

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const LINK = /<link\b([^>]*)\/?>/gi;
const JS_TYPES = ["text/javascript", "module", "application/javascript"];

/** Whether a `<script>` with these attributes is code (a data block such as JSON-LD is not). */
function isCode(attrs) {
  const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
  return !type || JS_TYPES.includes(type);
}

/**
 * The CSP `script-src` sources for the inline scripts of one HTML page: the SHA-256 of each
 * script's text. Scripts with a `src`, and data blocks (JSON-LD), are not inline code.
 */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const m of html.matchAll(SCRIPT)) {
    const attrs = m[1] ?? "";
    if (/\ssrc\s*=/i.test(attrs) || !isCode(attrs)) continue;
    hashes.add(
      `'sha256-${createHash("sha256")
        .update(m[2] ?? "", "utf8")
        .digest("base64")}'`,
    );
  }
  return [...hashes];
}

/**
 * A Suspense boundary still waiting for its content (`<!--$?-->`), or one left to the client
 * (`<!--$!-->`): the page is finished by a script, so it cannot go without one.
 */
const FINISHED_BY_SCRIPT = /<!--\$[?!]-->/;

/**
 * The page as plain HTML, without the framework's client runtime: every script that is code
 * (the framework's and React's chunks, the inline payload that would hydrate the page, the
 * polyfills) and every preload of a script go; data blocks such as JSON-LD stay. Returns null
 * when the page needs its scripts to be whole (a boundary streamed in by a script).
 */
export function withoutClientRuntime(html) {
  if (FINISHED_BY_SCRIPT.test(html)) return null;
  return html
    .replace(SCRIPT, (tag, attrs) => (isCode(attrs ?? "") ? "" : tag))
    .replace(LINK, (tag, attrs) => {
      const rel =
        /\srel\s*=\s*["']?([^"'>]+)/i
          .exec(attrs ?? "")?.[1]
          ?.toLowerCase()
          .split(/\s+/) ?? [];
      const as = /\sas\s*=\s*["']?([^"'\s>]+)/i.exec(attrs ?? "")?.[1]?.toLowerCase();
      return rel.includes("modulepreload") || (rel.includes("preload") && as === "script") ? "" : tag;
    });
}
