/** A draft event with one citation (only a cited record may be published), for tests that publish. */
import { createRecord, type Db } from "@ties/db";

const system = { actor: { id: null } };

export async function createCitedEvent(db: Db, input: Record<string, unknown>): Promise<{ id: string; version: number }> {
  const r = await createRecord(db, "event", input, system);
  await createRecord(
    db,
    "citation",
    {
      sourceId: "src-ankasam-2024-canada-korea-partnership",
      target: { kind: "event", id: r.id },
      quote: "On 18 July 2024, South Korea and Canada’s top diplomats met",
      start: 2045,
      end: 2104,
    },
    system,
  );
  return r;
}
