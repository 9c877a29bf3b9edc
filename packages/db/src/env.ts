/** Database settings, validated once. */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

const ZPostgresUrl = z.string().regex(/^postgres(ql)?:\/\/\S+$/, "each replica URL must be a postgresql:// URL");

/** DATABASE_REPLICA_URLS: "postgresql://a/db, postgresql://b/db" -> both URLs; empty or unset -> none. */
export const ZReplicaUrls = z.preprocess(
  (v) =>
    typeof v === "string"
      ? v
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean)
      : (v ?? []),
  z.array(ZPostgresUrl),
);

export const ZDbEnv = z.object({
  // An empty DATABASE_URL means "not set": use the embedded server.
  DATABASE_URL: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL")
      .optional(),
  ),
  TIES_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54320),
  TIES_DATA_DIR: z.string().default(resolve(repoRoot, ".data/postgres")),
});
export type DbEnv = z.infer<typeof ZDbEnv>;

export function readDbEnv(env: NodeJS.ProcessEnv = process.env): DbEnv {
  const parsed = ZDbEnv.safeParse(env);
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join("; "));
  }
  return parsed.data;
}

export { repoRoot };
