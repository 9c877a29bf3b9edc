// `npm start`: install when needed, then hand over to the TypeScript start-up (database,
// migrations, seed, build, both apps). Signals pass through so Ctrl-C stops everything.
import { spawn } from "node:child_process";
import { ensureInstalled, root } from "./bootstrap.mjs";

ensureInstalled();
// tsx as a loader, not its CLI: the CLI sits between us and the start-up and does not pass
// every signal on, so a SIGINT sent to this process alone would leave the database running.
const child = spawn(process.execPath, ["--import", "tsx", `${root}scripts/ties-start.ts`, ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
