/** Public read models of commitments; the status is computed for the day asked about, never stored. */
import { z } from "zod";
import { ZCommitmentResolution, ZCommitmentStatus } from "./commitment";
import { ZId, ZLocalizedText, ZPublicationState, zSearchText } from "./common";
import { ZDay, ZPartialDate } from "./partial-date";
import { ZCitationView, ZPageInput } from "./views";
import { ZByIdInput, ZBySlugInput } from "./views-common";

/** `today` defaults to the server's current day; tests and "as of" views pass their own. */
export const ZTodayInput = z.object({ today: ZDay.optional() });
export const ZByIdAsOfInput = ZByIdInput.extend(ZTodayInput.shape);
export const ZBySlugAsOfInput = ZBySlugInput.extend(ZTodayInput.shape);

export const ZCommitmentListInput = ZPageInput.extend({
  status: ZCommitmentStatus.optional(),
  area: zSearchText(80).optional(),
  event: zSearchText(120).optional(),
  agreement: zSearchText(120).optional(),
  dueFrom: ZDay.optional(),
  dueTo: ZDay.optional(),
  today: ZDay.optional(),
  /** Words of the commitment's English text. */
  q: zSearchText(200).optional(),
});
export type CommitmentListInput = z.infer<typeof ZCommitmentListInput>;

export const ZCommitmentEvidenceView = z.object({
  resolution: ZCommitmentResolution,
  date: ZPartialDate,
  event: z.object({ id: ZId, slug: z.string() }).nullable(),
  source: z.object({ id: ZId, slug: z.string(), title: z.string() }).nullable(),
  note: z.string().nullable(),
});

export const ZCommitmentSummary = z.object({
  id: ZId,
  slug: z.string(),
  text: ZLocalizedText,
  parties: z.array(z.string()),
  due: ZPartialDate.nullable(),
  dueText: z.string().nullable(),
  /** Last day of the due period. */
  dueBy: ZDay.nullable(),
  areaSlugs: z.array(z.string()),
  status: ZCommitmentStatus,
  /** Fulfilled after the due period ended. */
  late: z.boolean(),
  /** The day the status was computed for. */
  asOf: ZDay,
  state: ZPublicationState,
});
export type CommitmentSummary = z.infer<typeof ZCommitmentSummary>;

export const ZCommitmentDetail = ZCommitmentSummary.extend({
  event: z.object({ id: ZId, slug: z.string(), title: ZLocalizedText, date: z.string() }).nullable(),
  agreement: z.object({ id: ZId, slug: z.string(), name: ZLocalizedText, shortName: z.string().nullable() }).nullable(),
  evidence: z.array(ZCommitmentEvidenceView),
  citations: z.array(ZCitationView),
  version: z.number().int(),
});
export type CommitmentDetail = z.infer<typeof ZCommitmentDetail>;
