/** Settings the API and auth read, validated once. */
import { type TrackedPair, ZTrackedPairs } from "@ties/domain";
import { z } from "zod";

export const ZApiEnv = z.object({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL"),
  BETTER_AUTH_SECRET: z.string().min(32, "BETTER_AUTH_SECRET must be at least 32 characters"),
  /** The admin app's public origin; sign-in requests from any other origin are refused. */
  ADMIN_URL: z.url().default("http://localhost:3001"),
  WEB_URL: z.url().default("http://localhost:3000"),
  /** Sign-in attempts allowed per client address and minute. */
  SIGN_IN_RATE_LIMIT: z.coerce.number().int().min(1).max(1000).default(5),
  /** Extra exact origins trusted for sign-in, comma-separated. */
  TRUSTED_ORIGINS: z
    .string()
    .default("")
    .transform((s) =>
      s
        .split(",")
        .map((o) => o.trim())
        .filter(Boolean),
    ),
});
export type ApiEnv = z.infer<typeof ZApiEnv>;

export function readApiEnv(env: NodeJS.ProcessEnv = process.env): ApiEnv {
  const r = ZApiEnv.safeParse(env);
  if (!r.success) throw new Error(r.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join("; "));
  return r.data;
}

/** The pairs of countries a deployment shows (`TIES_PAIRS`, default Korea-Canada); read once. */
const ZPairsEnv = z.object({ TIES_PAIRS: z.string().default("KR,CA").pipe(ZTrackedPairs) });
let trackedPairs: TrackedPair[] | null = null;
export function readTrackedPairs(env: NodeJS.ProcessEnv = process.env): TrackedPair[] {
  if (env !== process.env) return ZPairsEnv.parse(env).TIES_PAIRS;
  trackedPairs ??= ZPairsEnv.parse(env).TIES_PAIRS;
  return trackedPairs;
}
