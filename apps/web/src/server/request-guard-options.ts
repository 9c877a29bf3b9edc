/** How the public site guards a request, the same for its middleware and for the routes it answers in front of Next.js. */
import type { GuardOptions } from "@ties/api/request-guard";
import { siteEnv } from "./env";

export function siteGuardOptions() {
  const publicUrl = siteEnv().WEB_URL;
  return {
    publicUrl,
    trustedOrigins: [publicUrl],
    requireOrigin: false,
    frameAncestors: "'self'",
    // Pages are rendered once and kept until the record changes: no per-answer nonce.
    inlineScripts: "hashes",
  } as const satisfies GuardOptions;
}
