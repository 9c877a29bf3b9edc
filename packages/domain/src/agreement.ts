/** Agreements (treaties, FTAs, MOUs, partnerships, action plans, mechanisms) and their milestones. */
import { z } from "zod";
import { ZCountryCode, ZId, ZLocalizedLine, ZLocalizedText, ZSlug, zLine, zText } from "./common";
import { ZPartialDate } from "./partial-date";

export const AGREEMENT_KINDS = [
  "treaty",
  "fta",
  "mou",
  "strategic_partnership",
  "action_plan",
  "security_of_information",
  "mechanism",
  "joint_statement",
  "other",
] as const;
export const ZAgreementKind = z.enum(AGREEMENT_KINDS);
export type AgreementKind = z.infer<typeof ZAgreementKind>;

export const MILESTONE_KINDS = [
  "proposed",
  "negotiations_launched",
  "concluded",
  "signed",
  "ratified",
  "in_force",
  "amended",
  "suspended",
  "terminated",
] as const;
export const ZMilestoneKind = z.enum(MILESTONE_KINDS);
export type MilestoneKind = z.infer<typeof ZMilestoneKind>;

export const ZMilestoneInput = z.object({
  kind: ZMilestoneKind,
  date: ZPartialDate,
  /** For ratification/approval: which party ratified. */
  party: ZCountryCode.nullable().default(null),
  /** The event where this happened, when there is one. */
  eventId: ZId.nullable().default(null),
  note: zText().optional(),
  /** Why a transition the rules would refuse is nevertheless right (e.g. provisional application). */
  exceptionReason: zText().min(1).optional(),
});
export type MilestoneInput = z.infer<typeof ZMilestoneInput>;

export const ZAgreementInput = z.object({
  slug: ZSlug,
  name: ZLocalizedLine,
  shortName: zLine(40).min(1).optional(),
  kind: ZAgreementKind,
  parties: z.array(ZCountryCode).min(1).default([]),
  areaSlugs: z.array(ZSlug).default([]),
  summary: ZLocalizedText.optional(),
  variants: z.array(zLine().min(1)).max(100).default([]),
  milestones: z.array(ZMilestoneInput).default([]),
});
export type AgreementInput = z.infer<typeof ZAgreementInput>;

/** What an event did to an agreement. */
export const AGREEMENT_ACTIONS = [
  "proposed",
  "launched",
  "negotiations_launched",
  "concluded",
  "signed",
  "ratified",
  "entered_into_force",
  "adopted",
  "reaffirmed",
  "extended",
  "amended",
  "terminated",
] as const;
export const ZAgreementAction = z.enum(AGREEMENT_ACTIONS);
export type AgreementAction = z.infer<typeof ZAgreementAction>;
