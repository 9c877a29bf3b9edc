/** Public read models of organisations. */
import { z } from "zod";
import { ZCountryCode, ZId, ZLocalizedText, ZPublicationState, zSearchText } from "./common";
import { ZOrganizationKind } from "./organization";
import { ZCitationView, ZEventSummary, ZPageInput } from "./views";
import { ZAgreementSummary } from "./views-agreement";
import { ZPersonSummary, ZPositionView } from "./views-person";

export const ZOrganizationListInput = ZPageInput.extend({
  kind: ZOrganizationKind.optional(),
  country: ZCountryCode.optional(),
  q: zSearchText(200).optional(),
});
export type OrganizationListInput = z.infer<typeof ZOrganizationListInput>;

export const ZOrganizationSummary = z.object({
  id: ZId,
  slug: z.string(),
  name: ZLocalizedText,
  shortName: z.string().nullable(),
  kind: ZOrganizationKind,
  countryCode: z.string().nullable(),
  state: ZPublicationState,
});
export type OrganizationSummary = z.infer<typeof ZOrganizationSummary>;

export const ZOrganizationDetail = ZOrganizationSummary.extend({
  variants: z.array(z.string()),
  url: z.string().nullable(),
  parent: z.object({ id: ZId, slug: z.string(), name: ZLocalizedText }).nullable(),
  /** Positions at this organisation, with who held them. */
  positions: z.array(z.object({ person: ZPersonSummary, position: ZPositionView })),
  /** The latest published events the organisation took part in (`DETAIL_EVENTS_SHOWN` at most). */
  events: z.array(ZEventSummary),
  /** Whether the organisation took part in more events than `events` lists. */
  moreEvents: z.boolean(),
  /** Agreements acted on at those events (signed, negotiated, reviewed...), by name. */
  agreements: z.array(ZAgreementSummary),
  citations: z.array(ZCitationView),
  version: z.number().int(),
});
export type OrganizationDetail = z.infer<typeof ZOrganizationDetail>;
