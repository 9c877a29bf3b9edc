/**
 * The tracked pairs decide what the public sees of an import: the HistoryAtState 2020 visits,
 * imported published, are listed on a US,* deployment and none of them on the default KR-CA one;
 * the timeline's menus count the same events.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { createCaller, createContextInner } from "@ties/api";
import { createTestDatabase } from "@ties/db/testing";
import { runImport } from "@ties/importers";
import { describe, expect, it } from "vitest";

const VISITS_2020 = join(import.meta.dirname, "../../../shared/data/historyatstate/visits/2020.xml");
const present = existsSync(VISITS_2020);

describe.skipIf(!present)("tracked pairs", () => {
  it("shows the imported US visits on a US,* deployment and none of them on the default KR-CA one", async () => {
    const db = await createTestDatabase();
    try {
      await runImport(db.db, VISITS_2020, { publish: true });
      const us = createCaller(createContextInner({ db: db.db, pairs: [["US", "*"]] }));
      const kc = createCaller(createContextInner({ db: db.db, pairs: [["KR", "CA"]] }));
      const listed = await us.event.list({ limit: 100 });
      expect(listed.items.length).toBe(100);
      expect(listed.items.every((e) => e.parties.includes("US"))).toBe(true);
      expect((await kc.event.list({ limit: 100 })).items).toHaveLength(0);
      const greece = await us.event.list({ limit: 100, pair: "US-GR" });
      expect(greece.items.length).toBeGreaterThan(0);
      expect(greece.items.every((e) => e.parties.includes("GR"))).toBe(true);
      await expect(kc.event.bySlug({ slug: listed.items[0]!.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });

      const menus = await us.event.filterOptions();
      const published = await db.db.event.count({ where: { state: "published" } });
      expect(menus.types.reduce((n, o) => n + o.count, 0)).toBe(published);
      expect(menus.people.length).toBeGreaterThan(0);
      expect(await kc.event.filterOptions()).toEqual({ types: [], areas: [], people: [], organizations: [], agreements: [] });
    } finally {
      await db.drop();
    }
  });
});
