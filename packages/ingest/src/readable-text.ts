/**
 * The text of an uploaded or pasted source as a curator reads it. HTML goes through a real HTML
 * parser (html-to-text, on htmlparser2): scripts, styles and images dropped, block elements on
 * lines of their own, entities decoded, links kept as their words. Plain text and Markdown are
 * already readable and only get their line endings made uniform.
 */
import { convert } from "html-to-text";
import type { SourceFormat } from "@ties/domain";

const HTML_OPTIONS = {
  wordwrap: false as const,
  selectors: [
    { selector: "a", options: { ignoreHref: true } },
    { selector: "img", format: "skip" },
    { selector: "script", format: "skip" },
    { selector: "style", format: "skip" },
    { selector: "noscript", format: "skip" },
    { selector: "svg", format: "skip" },
    { selector: "h1", options: { uppercase: false } },
    { selector: "h2", options: { uppercase: false } },
    { selector: "h3", options: { uppercase: false } },
    { selector: "h4", options: { uppercase: false } },
    { selector: "h5", options: { uppercase: false } },
    { selector: "h6", options: { uppercase: false } },
    { selector: "table", format: "dataTable" },
  ],
};

export function readableText(text: string, format: SourceFormat): string {
  const unified = text.replace(/\r\n?/g, "\n");
  if (format !== "html") return unified;
  return convert(unified, HTML_OPTIONS)
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** The format a file name says, or null for a kind of file a source cannot be taken from. */
export function formatOfFileName(name: string): SourceFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === "txt") return "text";
  if (ext === "md" || ext === "markdown") return "markdown";
  if (ext === "html" || ext === "htm") return "html";
  return null;
}
