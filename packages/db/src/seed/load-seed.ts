/**
 * Loads a curated record set in one transaction. Idempotent: records that already exist (by id)
 * are left as they are, so re-running changes nothing and never overwrites curators' edits.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { AREA_TAXONOMY, countryRecords, type RecordKind } from "@ties/domain";
import type { Db } from "../client";
import { type Actor, createRecord } from "../curation";
import { json, storeFor, type Tx } from "../records";
import { type SeedRecordInput, ZSeedRecord } from "./seed-record";

export interface SeedResult {
  created: number;
  skipped: number;
}

const ORDER = ["organizations", "people", "positions", "sources", "agreements", "events", "commitments", "citations", "claims"] as const;
const KIND: Record<(typeof ORDER)[number], RecordKind> = {
  organizations: "organization",
  people: "person",
  positions: "position",
  sources: "source",
  agreements: "agreement",
  events: "event",
  commitments: "commitment",
  citations: "citation",
  claims: "claim",
};

export async function loadSeed(db: Db, input: SeedRecordInput, opts: { textsDir?: string; actor?: Actor } = {}): Promise<SeedResult> {
  const seed = ZSeedRecord.parse(input);
  const actor = opts.actor ?? { id: null };
  const result: SeedResult = { created: 0, skipped: 0 };
  await db.$transaction(
    async (tx) => {
      for (const c of seed.countries) {
        await tx.country.upsert({
          where: { code: c.code },
          create: { code: c.code, name: json(c.name), variants: c.variants },
          update: {},
        });
      }
      // Every other country comes from the ISO dataset, so records of any pair can name their parties.
      await tx.country.createMany({
        data: countryRecords().map((c) => ({ code: c.code, name: json(c.name), variants: c.variants })),
        skipDuplicates: true,
      });
      for (const area of AREA_TAXONOMY) {
        const id = `area-${area.slug}`;
        if (await exists(tx, "area", id)) result.skipped++;
        else {
          await createRecord(db, "area", area, { actor, id, state: "published", reason: "Taxonomy", tx });
          result.created++;
        }
      }
      for (const key of ORDER) {
        for (const rec of seed[key]) {
          const { id, ...rest } = rec as { id: string } & Record<string, unknown>;
          const kind = KIND[key];
          if (await exists(tx, kind, id)) {
            result.skipped++;
            continue;
          }
          let data: Record<string, unknown> = rest;
          if (kind === "source") {
            const { file, ...src } = rest as { file?: string } & Record<string, unknown>;
            data = { ...src, text: file && opts.textsDir ? readText(opts.textsDir, file) : (src.text ?? "") };
          }
          await createRecord(db, kind, data, { actor, id, state: "published", reason: "Curated seed record", tx });
          result.created++;
        }
      }
    },
    { maxWait: 15_000, timeout: 120_000 },
  );
  return result;
}

async function exists(tx: Tx, kind: RecordKind, id: string): Promise<boolean> {
  const store = storeFor(kind)!;
  const rows = await tx.$queryRawUnsafe<unknown[]>(`SELECT 1 FROM "${store.table}" WHERE id = $1`, id);
  return rows.length > 0;
}

function readText(dir: string, file: string): string {
  const path = join(dir, file);
  return existsSync(path) ? readFileSync(path, "utf8") : "";
}
