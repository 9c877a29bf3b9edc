/** The admin app's settings (the API's own schema), validated once, on first use. */
import { type ApiEnv, readApiEnv, ZApiEnv } from "@ties/api/env";

let cached: ApiEnv | null = null;
export function env(): ApiEnv {
  cached ??= readApiEnv();
  return cached;
}

const ZOriginEnv = ZApiEnv.pick({ ADMIN_URL: true, TRUSTED_ORIGINS: true });
let origins: { publicUrl: string; trustedOrigins: string[] } | null = null;
/** The addresses the proxy needs, without the database settings (it answers before any database use). */
export function originEnv() {
  if (!origins) {
    const e = ZOriginEnv.parse(process.env);
    origins = { publicUrl: e.ADMIN_URL, trustedOrigins: [e.ADMIN_URL, ...e.TRUSTED_ORIGINS] };
  }
  return origins;
}
