import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// `npm run test:stress`: the long runs kept out of `npm test` (a minute or more each), against the
// same global setup (one PostgreSQL, the built apps).
export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: {
    globalSetup: ["tests/setup/global-setup.ts"],
    include: ["tests/stress/**/*.stress.ts"],
    testTimeout: 600_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
