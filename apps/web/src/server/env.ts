/** The web app's settings, validated once, on first use (not at build time). */
import { ZReplicaUrls } from "@ties/db/env";
import { z } from "zod";

/** What the pages' frame needs; readable at build time, when there is no database. */
const ZSiteEnv = z.object({
  WEB_URL: z.url().default("http://localhost:3000"),
  /** The pairs of countries this deployment tracks: "KR,CA", "KR,CA;US,*". */
  TIES_PAIRS: z.string().optional(),
  /** The older single-pair setting, read when TIES_PAIRS is unset. */
  TIES_PAIR: z.string().optional(),
  /** Optional names for the pair: "Korea|the Republic of Korea,Canada|Canada". */
  TIES_PAIR_NAMES: z.string().optional(),
});

const ZWebEnv = ZSiteEnv.extend({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL"),
  /** Read replicas for the public pages and read API, comma-separated; the primary when unset. */
  DATABASE_REPLICA_URLS: ZReplicaUrls,
});

let site: z.infer<typeof ZSiteEnv> | null = null;
let cached: z.infer<typeof ZWebEnv> | null = null;

export function siteEnv() {
  site ??= ZSiteEnv.parse(process.env);
  return site;
}

export function env() {
  cached ??= ZWebEnv.parse(process.env);
  return cached;
}
