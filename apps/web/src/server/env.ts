/** The web app's settings, validated once, on first use (not at build time). */
import { z } from "zod";

const ZWebEnv = z.object({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL"),
  WEB_URL: z.url().default("http://localhost:3000"),
});

let cached: z.infer<typeof ZWebEnv> | null = null;
export function env() {
  cached ??= ZWebEnv.parse(process.env);
  return cached;
}
