/** Public read models of people, their positions over time, and "who held role R at O on day D". */
import { z } from "zod";
import { ZCountryCode, ZId, ZLocalizedText, ZPublicationState, zSearchText, zLine } from "./common";
import { ZNameVariant } from "./person";
import { ZDay, ZPartialDate } from "./partial-date";
import { ZCitationView, ZEventSummary, ZPageInput } from "./views";

export const ZPersonListInput = ZPageInput.extend({
  country: ZCountryCode.optional(),
  organization: zSearchText(120).optional(),
  q: zSearchText(200).optional(),
});
export type PersonListInput = z.infer<typeof ZPersonListInput>;

export const ZPersonSummary = z.object({
  id: ZId,
  slug: z.string(),
  name: z.string(),
  countryCode: z.string().nullable(),
  state: ZPublicationState,
});
export type PersonSummary = z.infer<typeof ZPersonSummary>;

export const ZPositionView = z.object({
  id: ZId,
  role: z.string(),
  title: ZLocalizedText,
  titleVariants: z.array(z.string()),
  organization: z.object({ id: ZId, slug: z.string(), name: ZLocalizedText }),
  start: ZPartialDate.nullable(),
  end: ZPartialDate.nullable(),
  note: z.string().nullable(),
});
export type PositionView = z.infer<typeof ZPositionView>;

export const ZPersonDetail = ZPersonSummary.extend({
  familyName: z.string().nullable(),
  givenName: z.string().nullable(),
  variants: z.array(ZNameVariant),
  summary: ZLocalizedText.nullable(),
  /** Positions over time, earliest first; open-ended ones last. */
  positions: z.array(ZPositionView),
  /** The latest published events the person took part in (`DETAIL_EVENTS_SHOWN` at most). */
  events: z.array(ZEventSummary),
  /** Whether the person took part in more events than `events` lists. */
  moreEvents: z.boolean(),
  citations: z.array(ZCitationView),
  version: z.number().int(),
});
export type PersonDetail = z.infer<typeof ZPersonDetail>;

export const ZHoldersInput = z.object({
  /** A role key ("foreign-minister") or any label of it, in any language. */
  role: zLine(200).min(1),
  /** The organisation's id or slug (clean text: a lone surrogate cannot reach the database as UTF-8). */
  organization: zLine(120).min(1),
  date: ZDay,
});
export type HoldersInput = z.infer<typeof ZHoldersInput>;

export const ZHolderView = z.object({
  person: ZPersonSummary,
  position: ZPositionView,
  /** "possible" when the day falls inside an imprecise start or end period. */
  certainty: z.enum(["certain", "possible"]),
});
export type HolderView = z.infer<typeof ZHolderView>;
