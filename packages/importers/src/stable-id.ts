/** Record ids derived from external keys, so that importing the same key twice finds one record. */
import { hash } from "node:crypto";
import type { CuratedKind } from "@ties/db";

export function stableId(kind: CuratedKind, dataset: string, externalId: string): string {
  // The one-shot hash: half the time of a Hash object for inputs this small.
  const digest = hash("sha256", `${dataset}\u0000${externalId}`, "hex").slice(0, 20);
  return `${kind.slice(0, 3)}-${digest}`;
}

/** Printable ASCII, which NFKD leaves as it is, with no mark to take off. */
const ASCII = /^[ -~]*$/;

/** A slug from free text: lower-case ASCII words joined by '-'. */
export function slugOf(text: string, max = 80): string {
  const s = (ASCII.test(text) ? text : text.normalize("NFKD").replace(/\p{M}/gu, ""))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, max)
    .replace(/-+$/g, "");
  return s || "x";
}
