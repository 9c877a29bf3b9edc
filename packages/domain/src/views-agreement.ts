/** Public read models of agreements: list items, and the detail with its status timeline. */
import { z } from "zod";
import { ZAgreementAction, ZAgreementKind, ZMilestoneKind } from "./agreement";
import { ZCountryCode, ZId, ZLocalizedText, ZPublicationState, zSearchText } from "./common";
import { ZPartialDate } from "./partial-date";
import { ZCitationView, ZPageInput } from "./views";
import { ZCommitmentSummary } from "./views-commitment";

export const AGREEMENT_STATUSES = [
  "none",
  "proposed",
  "negotiating",
  "concluded",
  "signed",
  "ratified",
  "in_force",
  "suspended",
  "terminated",
] as const;
export const ZAgreementStatus = z.enum(AGREEMENT_STATUSES);

export const ZAgreementListInput = ZPageInput.extend({
  kind: ZAgreementKind.optional(),
  status: ZAgreementStatus.optional(),
  area: zSearchText(80).optional(),
  party: ZCountryCode.optional(),
  /** One pair among the tracked ones: "US-GR". */
  pair: z
    .string()
    .regex(/^[A-Za-z]{2}[-,][A-Za-z]{2}$/, "A pair is two country codes, such as KR-CA")
    .optional(),
  q: zSearchText(200).optional(),
});
export type AgreementListInput = z.infer<typeof ZAgreementListInput>;

export const ZAgreementSummary = z.object({
  id: ZId,
  slug: z.string(),
  name: ZLocalizedText,
  shortName: z.string().nullable(),
  kind: ZAgreementKind,
  parties: z.array(z.string()),
  areaSlugs: z.array(z.string()),
  /** Derived from the milestones by `deriveAgreementStatus`. */
  status: ZAgreementStatus,
  state: ZPublicationState,
});
export type AgreementSummary = z.infer<typeof ZAgreementSummary>;

export const ZMilestoneView = z.object({
  kind: ZMilestoneKind,
  date: ZPartialDate,
  party: z.string().nullable(),
  event: z.object({ id: ZId, slug: z.string(), title: ZLocalizedText }).nullable(),
  note: z.string().nullable(),
  exceptionReason: z.string().nullable(),
  /** The status the agreement had once this milestone happened. */
  statusAfter: ZAgreementStatus,
});
export type MilestoneView = z.infer<typeof ZMilestoneView>;

export const ZAgreementDetail = ZAgreementSummary.extend({
  summary: ZLocalizedText.nullable(),
  variants: z.array(z.string()),
  /** Milestones in the order they happened. */
  milestones: z.array(ZMilestoneView),
  /** The latest events that acted on it (`DETAIL_EVENTS_SHOWN` at most), each with what it did. */
  events: z.array(z.object({ id: ZId, slug: z.string(), title: ZLocalizedText, date: z.string(), action: ZAgreementAction })),
  /** Whether more events acted on it than `events` lists. */
  moreEvents: z.boolean(),
  commitments: z.array(ZCommitmentSummary),
  citations: z.array(ZCitationView),
  version: z.number().int(),
});
export type AgreementDetail = z.infer<typeof ZAgreementDetail>;
