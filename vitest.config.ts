import { defineConfig } from "vitest/config";

// One vitest for the whole workspace: one PostgreSQL server and one build shared by every
// project; each package declares its own project. Tiers show in file names:
// *.test.ts (unit), *.int.test.ts (real PostgreSQL), *.e2e.test.ts (real browser).
export default defineConfig({
  test: {
    globalSetup: ["tests/setup/global-setup.ts"],
    projects: ["packages/*/vitest.config.ts", "tests/vitest.config.ts"],
  },
});
