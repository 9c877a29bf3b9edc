/**
 * The shape of a curated record set (the seed and bulk imports): domain inputs with stable ids.
 * Sources name the file of their full text; the text is loaded when the file is at hand, and the
 * curated records stand on their own without it.
 */
import {
  ZAgreementInput,
  ZCitationInput,
  ZClaimInput,
  ZCommitmentInput,
  ZCountry,
  ZEventInput,
  ZId,
  ZOrganizationInput,
  ZPersonInput,
  ZPositionInput,
  ZSourceInput,
} from "@ties/domain";
import { z } from "zod";

const withId = <T extends z.ZodType>(schema: T) => z.intersection(schema, z.object({ id: ZId }));

export const ZSeedRecord = z.object({
  countries: z.array(ZCountry),
  organizations: z.array(withId(ZOrganizationInput)),
  people: z.array(withId(ZPersonInput)),
  positions: z.array(withId(ZPositionInput)),
  agreements: z.array(withId(ZAgreementInput)),
  events: z.array(withId(ZEventInput)),
  commitments: z.array(withId(ZCommitmentInput)),
  /** `file` names the source text in the seeds folder; `text` is filled from it when present. */
  sources: z.array(withId(ZSourceInput).and(z.object({ file: z.string().optional() }))),
  citations: z.array(withId(ZCitationInput)),
  claims: z.array(withId(ZClaimInput)),
});
export type SeedRecord = z.infer<typeof ZSeedRecord>;

/** Input form (defaults may be omitted) for authoring a record set in TypeScript. */
export type SeedRecordInput = z.input<typeof ZSeedRecord>;
