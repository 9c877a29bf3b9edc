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
