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

/**
 * The most choices the timeline offers in its people, organisations and agreements menus: a record
 * of a million events has thousands of people, and a menu of them all is unusable on a phone and
 * most of a page's weight. Anyone else is reached from their own page.
 */
export const FILTER_MENU_CHOICES = 100;

/** The `limit` choices with the most events (ties by their place in `list`), in the order of `list`. */
export function mostCounted<T extends { count: number }>(list: readonly T[], limit = FILTER_MENU_CHOICES): T[] {
  if (list.length <= limit) return [...list];
  const kept = new Set(
    list
      .map((item, i) => ({ item, i }))
      .sort((a, b) => b.item.count - a.item.count || a.i - b.i)
      .slice(0, limit)
      .map((x) => x.item),
  );
  return list.filter((item) => kept.has(item));
}
