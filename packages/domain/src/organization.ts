/** Organisations: ministries, agencies, multilateral bodies, media outlets, think tanks. */
import { z } from "zod";
import { ZCountryCode, ZId, ZLocalizedLine, ZSlug, ZWebUrl, zLine } from "./common";

export const ORGANIZATION_KINDS = [
  "government",
  "ministry",
  "agency",
  "legislature",
  "military",
  "multilateral",
  "media",
  "think_tank",
  "company",
  "other",
] as const;
export const ZOrganizationKind = z.enum(ORGANIZATION_KINDS);
export type OrganizationKind = z.infer<typeof ZOrganizationKind>;

export const ZOrganizationInput = z.object({
  slug: ZSlug,
  name: ZLocalizedLine,
  shortName: zLine(40).min(1).optional(),
  kind: ZOrganizationKind,
  countryCode: ZCountryCode.nullable().default(null),
  parentId: ZId.nullable().default(null),
  variants: z.array(zLine().min(1)).max(100).default([]),
  url: ZWebUrl.optional(),
});
export type OrganizationInput = z.infer<typeof ZOrganizationInput>;
