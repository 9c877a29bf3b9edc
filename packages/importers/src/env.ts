/** Where the admin app's imports read from: the server's dataset folder and the uploads folder. */
import { tmpdir } from "node:os";
import { isAbsolute, join, resolve } from "node:path";
import { z } from "zod";

const ZImportEnv = z.object({
  /** A folder of datasets curators may import from the admin app (unset: uploads only). */
  TIES_IMPORT_DIR: z
    .string()
    .trim()
    .min(1)
    .optional()
    .transform((p) => (p ? resolve(p) : null)),
  /** Where uploaded files wait while they are imported. */
  TIES_UPLOAD_DIR: z
    .string()
    .trim()
    .min(1)
    .refine(isAbsolute, "TIES_UPLOAD_DIR must be an absolute path")
    .default(join(tmpdir(), "ties-import-uploads")),
});
export type ImportEnv = z.infer<typeof ZImportEnv>;

let cached: ImportEnv | null = null;
export function readImportEnv(env: NodeJS.ProcessEnv = process.env): ImportEnv {
  if (env !== process.env) return ZImportEnv.parse(env);
  cached ??= ZImportEnv.parse(env);
  return cached;
}
