#!/usr/bin/env node
// Runs the Prisma CLI offline. Ties uses the JS query compiler (engineType "client") and the JS
// schema engine, so no native engine is needed; the 6.19 CLI still looks for the native query
// engine library before `generate` and tries to download it, which fails without network.
// Pointing PRISMA_QUERY_ENGINE_LIBRARY at an existing file satisfies that check.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const env = { PRISMA_QUERY_ENGINE_LIBRARY: `${root}package.json`, PRISMA_HIDE_UPDATE_MESSAGE: "1", ...process.env };
const r = spawnSync(`${root}node_modules/.bin/prisma`, process.argv.slice(2), { stdio: "inherit", env, cwd: root });
process.exit(r.status ?? 1);
