/** Countries, and the pair of countries a deployment tracks. */
import { z } from "zod";
import { ZCountryCode, ZLocalizedText, zLine } from "./common";

export const ZCountry = z.object({
  code: ZCountryCode,
  name: ZLocalizedText,
  variants: z.array(zLine().min(1)).max(100).default([]),
});
export type Country = z.infer<typeof ZCountry>;

/** A deployment follows one pair of countries; third parties may still be named in records. */
export const ZCountryPair = z
  .tuple([ZCountryCode, ZCountryCode])
  .refine(([a, b]) => a !== b, { message: "A pair needs two different countries" });
export type CountryPair = z.infer<typeof ZCountryPair>;

/**
 * The pairs a deployment tracks (`TIES_PAIRS`): "KR,CA" or several, "KR,CA;US,JP". A wildcard
 * second country ("US,*") tracks every pair with the first.
 */
export const ZTrackedPair = z.tuple([ZCountryCode, z.union([ZCountryCode, z.literal("*")])]).refine(([a, b]) => a !== b, {
  message: "A pair needs two different countries",
});
export type TrackedPair = z.infer<typeof ZTrackedPair>;

export const ZTrackedPairs = z
  .string()
  .transform((s) =>
    s
      .split(/[;|]/)
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => p.split(/[,-]/).map((c) => c.trim().toUpperCase())),
  )
  .pipe(z.array(ZTrackedPair).min(1, "Name at least one pair, such as KR,CA"));

/** Whether a record with these parties belongs to one of the tracked pairs. */
export function inTrackedPairs(parties: readonly string[], pairs: readonly TrackedPair[]): boolean {
  return pairs.some(([a, b]) => parties.includes(a) && (b === "*" ? parties.some((p) => p !== a) : parties.includes(b)));
}

/** A `pair` filter ("US-GR", "US,GR") as two codes. */
export const ZPairFilter = z
  .string()
  .transform((s) => s.split(/[,-]/).map((c) => c.trim().toUpperCase()))
  .pipe(ZCountryPair);
