import { defineConfig } from "vitest/config";

// One vitest for the whole workspace; each package declares its own project.
export default defineConfig({
  test: {
    projects: ["packages/*/vitest.config.ts", "tests/vitest.config.ts"],
  },
});
