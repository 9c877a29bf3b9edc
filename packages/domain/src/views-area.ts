/** Public read models of cooperation areas, with their activity over time. */
import { z } from "zod";
import { ZId, ZLocalizedText, ZPublicationState, zSearchText } from "./common";
import { ZPageInput } from "./views";
import { ZYearCount } from "./views-stats";

export const ZAreaListInput = ZPageInput.extend({
  /** Only the children of this area; "" or omitted for all areas. */
  parent: zSearchText(80).optional(),
  /** Words of the English name, or part of the slug. */
  q: zSearchText(200).optional(),
});
export type AreaListInput = z.infer<typeof ZAreaListInput>;

export const ZAreaSummary = z.object({
  id: ZId,
  slug: z.string(),
  name: ZLocalizedText,
  parentSlug: z.string().nullable(),
  state: ZPublicationState,
});
export type AreaSummary = z.infer<typeof ZAreaSummary>;

export const ZAreaDetail = ZAreaSummary.extend({
  children: z.array(ZAreaSummary),
  /** Published events, agreements and commitments in this area or its children, by year. */
  activityByYear: z.array(ZYearCount),
  version: z.number().int(),
});
export type AreaDetail = z.infer<typeof ZAreaDetail>;
