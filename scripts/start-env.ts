/** The settings `npm start` reads beyond the database's, validated once. */
import { ZFirstAdminSettings } from "@ties/api/server";
import { z } from "zod";

const port = (name: string, fallback: number) =>
  z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.coerce
      .number()
      .int(`${name} must be a port number`)
      .min(1024, `${name} must be 1024-65535`)
      .max(65535, `${name} must be 1024-65535`)
      .default(fallback),
  );

export const ZStartEnv = ZFirstAdminSettings.extend({
  WEB_PORT: port("WEB_PORT", 3000),
  ADMIN_PORT: port("ADMIN_PORT", 3001),
  BETTER_AUTH_SECRET: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.string().min(32, "BETTER_AUTH_SECRET must be at least 32 characters").optional(),
  ),
}).refine((e) => e.WEB_PORT !== e.ADMIN_PORT, { message: "WEB_PORT and ADMIN_PORT must differ", path: ["ADMIN_PORT"] });
export type StartEnv = z.infer<typeof ZStartEnv>;

export function readStartEnv(env: NodeJS.ProcessEnv = process.env): StartEnv {
  const r = ZStartEnv.safeParse(env);
  if (!r.success) throw new Error(r.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join("; "));
  return r.data;
}
