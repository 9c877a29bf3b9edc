/** Activity counts for charts: by year and by area. */
import { z } from "zod";
import { ZLocalizedText, zSearchText } from "./common";
import { ZDay } from "./partial-date";

export const ZStatsInput = z.object({
  /** Counts only this area and its children. */
  area: zSearchText(80).optional(),
  from: ZDay.optional(),
  to: ZDay.optional(),
});
export type StatsInput = z.infer<typeof ZStatsInput>;

export const ZYearCount = z.object({
  year: z.number().int(),
  events: z.number().int().nonnegative(),
  commitments: z.number().int().nonnegative(),
  milestones: z.number().int().nonnegative(),
});
export type YearCount = z.infer<typeof ZYearCount>;

export const ZAreaCount = z.object({
  slug: z.string(),
  name: ZLocalizedText,
  events: z.number().int().nonnegative(),
  agreements: z.number().int().nonnegative(),
  commitments: z.number().int().nonnegative(),
});
export type AreaCount = z.infer<typeof ZAreaCount>;

export const ZActivityStats = z.object({ byYear: z.array(ZYearCount), byArea: z.array(ZAreaCount) });
export type ActivityStats = z.infer<typeof ZActivityStats>;

export const ZRecordTotals = z.object({
  events: z.number().int().nonnegative(),
  agreements: z.number().int().nonnegative(),
  commitments: z.number().int().nonnegative(),
  people: z.number().int().nonnegative(),
  organizations: z.number().int().nonnegative(),
  sources: z.number().int().nonnegative(),
  claims: z.number().int().nonnegative(),
});
export type RecordTotals = z.infer<typeof ZRecordTotals>;
