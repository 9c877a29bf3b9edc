/**
 * npm run export -- <file>
 * Writes the whole record (every kind and state, revisions, audit entries, imports, users without
 * password hashes) as versioned JSON Lines that `npm run restore` reads back.
 */
import { exportDatabase } from "@ties/db/ops";
import { openDatabase } from "@ties/db/ops";

const file = process.argv[2];
if (!file) {
  console.error("Usage: npm run export -- <file>");
  process.exit(2);
}
const conn = await openDatabase();
try {
  const started = performance.now();
  const s = await exportDatabase(conn.db, file, {
    onProgress: (table, rows) => {
      if (process.stderr.isTTY) process.stderr.write(`\r${table}: ${rows} rows\x1b[K`);
    },
  });
  if (process.stderr.isTTY) process.stderr.write("\r\x1b[K");
  console.log(
    `Exported ${s.rows} rows to ${file} in ${((performance.now() - started) / 1000).toFixed(1)} s (checksum ${s.checksum.slice(0, 16)})`,
  );
} catch (e) {
  console.error(`Error: ${(e as Error).message}`);
  process.exitCode = 1;
} finally {
  await conn.close();
}
