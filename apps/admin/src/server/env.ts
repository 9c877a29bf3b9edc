/** The admin app's settings (the API's own schema), validated once, on first use. */
import { type ApiEnv, readApiEnv } from "@ties/api/server";

let cached: ApiEnv | null = null;
export function env(): ApiEnv {
  cached ??= readApiEnv();
  return cached;
}
