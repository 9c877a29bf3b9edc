/** The web app's settings, validated once, on first use (not at build time). */
import { z } from "zod";

/** What the pages' frame needs; readable at build time, when there is no database. */
const ZSiteEnv = z.object({
  WEB_URL: z.url().default("http://localhost:3000"),
  /** The pair of countries this deployment tracks (ISO codes). */
  TIES_PAIR: z.string().default("KR,CA"),
  /** Optional names for the pair: "Korea|the Republic of Korea,Canada|Canada". */
  TIES_PAIR_NAMES: z.string().optional(),
});

const ZWebEnv = ZSiteEnv.extend({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL"),
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
