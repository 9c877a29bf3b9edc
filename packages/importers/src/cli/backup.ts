/**
 * npm run backup [-- <file>]
 * An export of the whole record into `.data/backups/ties-<time>.jsonl` (or the file given).
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { exportDatabase, repoRoot } from "@ties/db/ops";
import { openDatabase } from "@ties/db/ops";

const dir = join(repoRoot, ".data/backups");
const file = process.argv[2] ?? join(dir, `ties-${new Date().toISOString().replace(/[:.]/g, "-")}.jsonl`);
if (!process.argv[2]) mkdirSync(dir, { recursive: true });
const conn = await openDatabase();
try {
  const started = performance.now();
  const s = await exportDatabase(conn.db, file);
  console.log(
    `Backed up ${s.rows} rows to ${file} in ${((performance.now() - started) / 1000).toFixed(1)} s (checksum ${s.checksum.slice(0, 16)})`,
  );
  console.log(`Restore with: npm run restore -- ${file}`);
} catch (e) {
  console.error(`Error: ${(e as Error).message}`);
  process.exitCode = 1;
} finally {
  await conn.close();
}
