/** The timeline's filter menus: only values that published events have, each with its count. */
import { z } from "zod";
import { ZLocalizedText } from "./common";
import { ZEventType } from "./plover";

export const ZFilterOption = z.object({
  value: z.string(),
  /** The value's name; people have one name in every language. */
  label: ZLocalizedText,
  count: z.number().int().min(1),
});
export type FilterOption = z.infer<typeof ZFilterOption>;

export const ZEventFilterOptions = z.object({
  types: z.array(z.object({ value: ZEventType, count: z.number().int().min(1) })),
  areas: z.array(ZFilterOption),
  people: z.array(ZFilterOption),
  organizations: z.array(ZFilterOption),
  agreements: z.array(ZFilterOption),
});
export type EventFilterOptions = z.infer<typeof ZEventFilterOptions>;
