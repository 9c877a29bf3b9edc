import { describe, expect, it } from "vitest";
import { FILTER_MENU_CHOICES, mostCounted } from "./views-event-filters";

const choice = (value: string, count: number) => ({ value, count });

describe("mostCounted", () => {
  it("keeps a short list whole, in its order", () => {
    const list = [choice("b", 1), choice("a", 9)];
    expect(mostCounted(list, 2)).toEqual(list);
  });

  it("keeps the choices with the most events, in the list's order", () => {
    const list = [choice("a", 1), choice("b", 7), choice("c", 3), choice("d", 9), choice("e", 2)];
    expect(mostCounted(list, 3).map((c) => c.value)).toEqual(["b", "c", "d"]);
  });

  it("breaks ties by the list's order", () => {
    const list = [choice("a", 5), choice("b", 5), choice("c", 5)];
    expect(mostCounted(list, 2).map((c) => c.value)).toEqual(["a", "b"]);
  });

  it("offers at most FILTER_MENU_CHOICES by default", () => {
    const list = Array.from({ length: 4_000 }, (_, i) => choice(`p${i}`, ((i * 7919) % 1000) + 1));
    const kept = mostCounted(list);
    expect(kept).toHaveLength(FILTER_MENU_CHOICES);
    const least = Math.min(...kept.map((c) => c.count));
    expect(list.filter((c) => c.count > least).every((c) => kept.includes(c))).toBe(true);
  });
});
