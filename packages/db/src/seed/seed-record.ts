/**
 * The shape of a curated record set (the seed and bulk imports): domain inputs with stable ids.
 * Sources name the file of their full text; the text is loaded when the file is at hand, and the
 * curated records stand on their own without it.
 */
import {
  type AgreementInput,
  type CitationInput,
  type ClaimInput,
  type CommitmentInput,
  type Country,
  type EventInput,
  type OrganizationInput,
  type PersonInput,
  type PositionInput,
  type SourceInput,
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
export interface SeedRecordInput {
  countries: z.input<typeof ZCountry>[];
  organizations: (z.input<typeof ZOrganizationInput> & { id: string })[];
  people: (z.input<typeof ZPersonInput> & { id: string })[];
  positions: (z.input<typeof ZPositionInput> & { id: string })[];
  agreements: (z.input<typeof ZAgreementInput> & { id: string })[];
  events: (z.input<typeof ZEventInput> & { id: string })[];
  commitments: (z.input<typeof ZCommitmentInput> & { id: string })[];
  sources: (z.input<typeof ZSourceInput> & { id: string; file?: string })[];
  citations: (z.input<typeof ZCitationInput> & { id: string })[];
  claims: (z.input<typeof ZClaimInput> & { id: string })[];
}

export type {
  AgreementInput,
  CitationInput,
  ClaimInput,
  CommitmentInput,
  Country,
  EventInput,
  OrganizationInput,
  PersonInput,
  PositionInput,
  SourceInput,
};
