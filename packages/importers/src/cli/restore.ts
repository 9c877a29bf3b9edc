/**
 * npm run restore -- <file> [--replace]
 * Reads an export back, in one transaction, into an empty database (or, with --replace, one whose
 * current content it discards). Refuses a damaged file or one from another schema version.
 */
import { parseArgs } from "node:util";
import { restoreDatabase } from "@ties/db/ops";
import { openDatabase } from "@ties/db/ops";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { replace: { type: "boolean", default: false } } });
const file = positionals[0];
if (!file) {
  console.error("Usage: npm run restore -- <file> [--replace]");
  process.exit(2);
}
const conn = await openDatabase();
try {
  const started = performance.now();
  const s = await restoreDatabase(conn.db, file, {
    replace: values.replace,
    onProgress: (rows) => {
      if (process.stderr.isTTY) process.stderr.write(`\rrestored ${rows} rows\x1b[K`);
    },
  });
  if (process.stderr.isTTY) process.stderr.write("\r\x1b[K");
  console.log(
    `Restored ${s.rows} rows from ${file} in ${((performance.now() - started) / 1000).toFixed(1)} s (checksum ${s.checksum.slice(0, 16)})`,
  );
} catch (e) {
  console.error(`Error: ${(e as Error).message}`);
  process.exitCode = 1;
} finally {
  await conn.close();
}
