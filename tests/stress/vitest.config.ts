import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// `npm run test:stress`: the long runs kept out of `npm test` (a minute or more each), against the
// same global setup (one PostgreSQL, the built apps): the load run (STRESS_SECONDS, 60 unless set)
// with the sign-in timing, the procedure fuzzing with more runs per procedure and role
// (FUZZ_RUNS, 40 unless set) than `npm test` gives it, and the stored-XSS sweep, so one run prints
// every figure: requests, errors, p99, memory, sign-in timing gap, fuzz cases, XSS pages.
export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: {
    globalSetup: ["tests/setup/global-setup.ts"],
    include: ["tests/stress/**/*.stress.ts", "tests/api/procedure-fuzz.int.test.ts", "tests/e2e/stored-xss.e2e.test.ts"],
    env: { FUZZ_RUNS: process.env.FUZZ_RUNS ?? "40" },
    testTimeout: 1_800_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
