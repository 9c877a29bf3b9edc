/** Events: typed happenings between the parties, with participants, areas and links. */
import { z } from "zod";
import { ZAgreementAction } from "./agreement";
import { ZCountryCode, ZId, ZLocalizedLine, ZLocalizedText, ZSlug, zLine, zText } from "./common";
import { ZDateOrRange } from "./partial-date";
import { ZEventType, ZPlover } from "./plover";

export const ZLocation = z.object({
  place: zLine().min(1).optional(),
  city: zLine().min(1).optional(),
  countryCode: ZCountryCode.optional(),
});
export type Location = z.infer<typeof ZLocation>;

export const ZParticipantInput = z.object({
  personId: ZId,
  /** The position the person held at the time, when known. */
  positionId: ZId.nullable().default(null),
  /** Which side the person spoke for: a country code of the pair or a third party. */
  side: ZCountryCode,
});
export type ParticipantInput = z.infer<typeof ZParticipantInput>;

export const ZAgreementLinkInput = z.object({ agreementId: ZId, action: ZAgreementAction });

export const ZEventInput = z.object({
  slug: ZSlug,
  type: ZEventType,
  /** Defaults to the mapping of `type` when omitted. */
  plover: ZPlover.optional(),
  title: ZLocalizedLine,
  date: ZDateOrRange,
  /** The countries the event is between (ISO codes); see `eventParties` when left empty. */
  parties: z.array(ZCountryCode).default([]),
  location: ZLocation.default({}),
  summary: ZLocalizedText,
  outcomes: z.array(zText().min(1)).max(100).default([]),
  participants: z.array(ZParticipantInput).default([]),
  organizationIds: z.array(ZId).default([]),
  areaSlugs: z.array(ZSlug).default([]),
  agreementLinks: z.array(ZAgreementLinkInput).default([]),
  parentEventId: ZId.nullable().default(null),
});
export type EventInput = z.infer<typeof ZEventInput>;

/**
 * The countries an event is between: the ones the curator named, or else those its participants
 * spoke for and the country it took place in. Third parties that are organisations (NATO, the G7)
 * are linked as organisations, never as parties.
 */
export function eventParties(e: Pick<EventInput, "parties" | "participants" | "location">): string[] {
  if (e.parties.length) return [...new Set(e.parties)];
  const found = new Set(e.participants.map((p) => p.side));
  if (e.location.countryCode) found.add(e.location.countryCode);
  return [...found];
}
