/** People, their name variants and romanisations, and the positions they held. */
import { z } from "zod";
import { ZCountryCode, ZId, ZLocalizedLine, ZLocalizedText, ZSlug, zLine, zText } from "./common";
import { periodEnd, periodStart, ZPartialDate } from "./partial-date";

export const ZNameVariant = z.object({
  name: zLine().min(1),
  /** "en" spelling, "ko" Hangul, "fr" spelling, or a romanisation system such as "rr" (Revised Romanization). */
  kind: z.enum(["spelling", "hangul", "romanization", "translation"]).default("spelling"),
  lang: zLine(8).min(2).optional(),
});

export const ZPersonInput = z.object({
  slug: ZSlug,
  /** Display name in the order its bearer uses: Korean names family name first ("Chung Byung-won"). */
  name: zLine(200).min(1),
  familyName: zLine(200).min(1).optional(),
  givenName: zLine(200).min(1).optional(),
  countryCode: ZCountryCode.nullable().default(null),
  variants: z.array(ZNameVariant).max(100).default([]),
  summary: ZLocalizedText.optional(),
});
export type PersonInput = z.infer<typeof ZPersonInput>;

/**
 * A role held at an organisation over a period. `role` is a stable key for the role
 * ("foreign-minister"); `title` is its preferred English label and `titleVariants` keeps the
 * translation variants sources use ("Vice Minister for Political Affairs" /
 * "Deputy Minister for Political Affairs") as labels of the same role.
 */
export const ZPositionInput = z
  .object({
    personId: ZId,
    organizationId: ZId,
    role: ZSlug,
    title: ZLocalizedLine,
    titleVariants: z.array(zLine().min(1)).max(100).default([]),
    start: ZPartialDate.nullable().default(null),
    end: ZPartialDate.nullable().default(null),
    note: zText().optional(),
  })
  .refine((p) => p.start === null || p.end === null || periodStart(p.start) <= periodEnd(p.end), {
    message: "A position cannot end before it starts",
    path: ["end"],
  });
export type PositionInput = z.infer<typeof ZPositionInput>;
