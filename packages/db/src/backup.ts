/**
 * The whole record as one file, and back: every table (records of every kind and state,
 * positions, citations, claims, revisions, audit entries, imports, users and their roles) as
 * versioned JSON Lines. A header names the format, its version and the schema's migrations; then
 * one line per row, tables in dependency order, rows in key order; a closing line counts the rows
 * and gives a checksum of them, so that export -> restore -> export can be compared.
 *
 * Secrets stay out: password hashes and OAuth tokens are blanked, and sessions, verification
 * tokens and rate-limit counters are not exported. A restored account signs in again after
 * `npm run reset-password`.
 */
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { once } from "node:events";
import { createInterface } from "node:readline";
import type { Db } from "./client";
import type { Tx } from "./records";

export const EXPORT_FORMAT = "ties-export";
export const EXPORT_VERSION = 1;

/**
 * Tables never exported: sessions and one-time secrets, Prisma's own bookkeeping, and counts the
 * database derives from other tables itself (restoring the events restores them).
 */
const EXCLUDED = new Set([
  "_prisma_migrations",
  "session",
  "verification",
  "rateLimit",
  "EventActivity",
  "EventActivityYear",
  "EventFacet",
]);
/** Columns blanked on export: secrets a backup must not carry. */
const BLANKED: Record<string, string[]> = { account: ["password", "accessToken", "refreshToken", "idToken"] };

interface TableInfo {
  name: string;
  key: string[];
  columns: string[];
  /** Columns referring to the same table (a parent event), filled in after every row is in. */
  selfRefs: string[];
}

export interface ExportHeader {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  migrations: string[];
  tables: string[];
}

export interface ExportSummary {
  rows: number;
  checksum: string;
  tables: Record<string, number>;
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The tables to copy, parents before children. */
async function tables(db: Db | Tx): Promise<TableInfo[]> {
  const rows = await db.$queryRawUnsafe<{ name: string; key: string[]; columns: string[] }[]>(`
    SELECT c.relname AS name,
      ARRAY(SELECT a.attname FROM pg_index i JOIN unnest(i.indkey) WITH ORDINALITY k(n, o) ON true
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.n
            WHERE i.indrelid = c.oid AND i.indisprimary ORDER BY k.o)::text[] AS key,
      ARRAY(SELECT a.attname FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            AND a.attgenerated = '' ORDER BY a.attnum)::text[] AS columns
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY c.relname`);
  const fks = await db.$queryRawUnsafe<{ child: string; parent: string; columns: string[] }[]>(`
    SELECT cc.relname AS child, pc.relname AS parent,
      ARRAY(SELECT a.attname FROM unnest(con.conkey) k(n) JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n)::text[] AS columns
    FROM pg_constraint con JOIN pg_class cc ON cc.oid = con.conrelid JOIN pg_class pc ON pc.oid = con.confrelid
    JOIN pg_namespace n ON n.oid = cc.relnamespace
    WHERE con.contype = 'f' AND n.nspname = current_schema()`);
  const infos = new Map(
    rows
      .filter((r) => !EXCLUDED.has(r.name))
      .map((r) => [r.name, { ...r, selfRefs: fks.filter((f) => f.child === r.name && f.parent === r.name).flatMap((f) => f.columns) }]),
  );
  const ordered: TableInfo[] = [];
  const visiting = new Set<string>();
  const visit = (name: string) => {
    const t = infos.get(name);
    if (!t || ordered.includes(t) || visiting.has(name)) return;
    visiting.add(name);
    for (const f of fks) if (f.child === name && f.parent !== name) visit(f.parent);
    ordered.push(t);
  };
  for (const name of [...infos.keys()].sort()) visit(name);
  return ordered;
}

async function migrations(db: Db | Tx): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((r) => r.migration_name);
}

/** Writes the export, reading each table in pages in one repeatable-read snapshot. */
export async function exportDatabase(
  db: Db,
  file: string,
  opts: { onProgress?: (table: string, rows: number) => void } = {},
): Promise<ExportSummary> {
  const out = createWriteStream(file, { encoding: "utf8" });
  const write = async (line: string) => {
    if (!out.write(`${line}\n`)) await once(out, "drain");
  };
  const hash = createHash("sha256");
  const summary: ExportSummary = { rows: 0, checksum: "", tables: {} };
  await db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY");
      const list = await tables(tx);
      const header: ExportHeader = {
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        exportedAt: new Date().toISOString(),
        migrations: await migrations(tx),
        tables: list.map((t) => t.name),
      };
      await write(JSON.stringify(header));
      for (const t of list) {
        const blank = BLANKED[t.name] ?? [];
        const select = t.columns.map((c) => (blank.includes(c) ? `NULL AS ${q(c)}` : `t.${q(c)}`)).join(", ");
        const order = t.key.map((k) => `t.${q(k)}`).join(", ");
        let last: unknown[] | null = null;
        let count = 0;
        for (;;) {
          const after = last ? `WHERE (${order}) > (${t.key.map((_, i) => `$${i + 1}`).join(", ")})` : "";
          const page: { row: Record<string, unknown> }[] = await tx.$queryRawUnsafe<{ row: Record<string, unknown>; k: unknown[] }[]>(
            `SELECT to_jsonb(s) AS row FROM (SELECT ${select} FROM ${q(t.name)} t ${after} ORDER BY ${order} LIMIT 5000) s`,
            ...(last ?? []),
          );
          for (const { row } of page) {
            const line = JSON.stringify({ t: t.name, r: row });
            hash.update(line).update("\n");
            await write(line);
          }
          count += page.length;
          opts.onProgress?.(t.name, count);
          if (page.length < 5000) break;
          const end: Record<string, unknown> = page.at(-1)!.row;
          last = t.key.map((k) => end[k]);
        }
        summary.tables[t.name] = count;
        summary.rows += count;
      }
    },
    { timeout: 3_600_000, maxWait: 30_000 },
  );
  summary.checksum = hash.digest("hex");
  await write(JSON.stringify({ end: true, rows: summary.rows, checksum: summary.checksum }));
  out.end();
  await once(out, "finish");
  return summary;
}

export class RestoreError extends Error {}

/**
 * Reads an export back into a migrated database, in one transaction: all of it or nothing. The
 * database must hold no records unless `replace` is set, which empties it first.
 */
export async function restoreDatabase(
  db: Db,
  file: string,
  opts: { replace?: boolean; onProgress?: (rows: number) => void } = {},
): Promise<ExportSummary> {
  const lines = createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Number.POSITIVE_INFINITY });
  const it = lines[Symbol.asyncIterator]();
  const first = await it.next();
  let header: ExportHeader;
  try {
    header = JSON.parse(first.value ?? "") as ExportHeader;
  } catch {
    throw new RestoreError(`${file}:1: not a Ties export (the first line is not JSON)`);
  }
  if (header.format !== EXPORT_FORMAT) throw new RestoreError(`${file}:1: not a Ties export (format "${String(header.format)}")`);
  if (header.version !== EXPORT_VERSION)
    throw new RestoreError(`${file}:1: export version ${header.version} is not supported (this Ties reads ${EXPORT_VERSION})`);
  const hash = createHash("sha256");
  const summary: ExportSummary = { rows: 0, checksum: "", tables: {} };
  await db.$transaction(
    async (tx) => {
      const have = await migrations(tx);
      if (have.join() !== header.migrations.join()) {
        throw new RestoreError(
          `The export was made with migrations up to ${header.migrations.at(-1)}; this database has ${have.at(-1) ?? "none"}. Restore with the same version of Ties.`,
        );
      }
      const list = await tables(tx);
      const byName = new Map(list.map((t) => [t.name, t]));
      for (const name of header.tables) if (!byName.has(name)) throw new RestoreError(`The export has a table ${name} this database lacks`);
      if (opts.replace) await tx.$executeRawUnsafe(`TRUNCATE ${list.map((t) => q(t.name)).join(", ")} CASCADE`);
      else {
        for (const t of list) {
          const rows = await tx.$queryRawUnsafe<unknown[]>(`SELECT 1 FROM ${q(t.name)} LIMIT 1`);
          if (rows.length)
            throw new RestoreError(`The database is not empty (${t.name} has rows): restore into an empty database, or pass --replace`);
        }
      }
      const fixups: { table: TableInfo; rows: Record<string, unknown>[] }[] = [];
      let pending: { table: TableInfo; rows: Record<string, unknown>[] } | null = null;
      const flush = async () => {
        if (!pending || pending.rows.length === 0) return;
        const { table, rows } = pending;
        const cols = table.columns.map(q).join(", ");
        // Self references (a parent event) are set once every row of the table is in.
        const data = table.selfRefs.length
          ? rows.map((r) => ({ ...r, ...Object.fromEntries(table.selfRefs.map((c) => [c, null])) }))
          : rows;
        await tx.$executeRawUnsafe(
          `INSERT INTO ${q(table.name)} (${cols}) SELECT ${cols} FROM jsonb_populate_recordset(NULL::${q(table.name)}, $1::jsonb)`,
          JSON.stringify(data),
        );
        if (table.selfRefs.length) fixups.push({ table, rows: rows.filter((r) => table.selfRefs.some((c) => r[c] !== null)) });
        summary.rows += rows.length;
        summary.tables[table.name] = (summary.tables[table.name] ?? 0) + rows.length;
        opts.onProgress?.(summary.rows);
        pending = null;
      };
      let lineNo = 1;
      let end: { rows: number; checksum: string } | null = null;
      for (let n = await it.next(); !n.done; n = await it.next()) {
        lineNo++;
        const line = n.value;
        if (!line.trim()) continue;
        let parsed: { t?: string; r?: Record<string, unknown>; end?: boolean; rows?: number; checksum?: string };
        try {
          parsed = JSON.parse(line);
        } catch {
          throw new RestoreError(`${file}:${lineNo}: not valid JSON`);
        }
        if (parsed.end) {
          end = { rows: parsed.rows ?? -1, checksum: parsed.checksum ?? "" };
          break;
        }
        const table = parsed.t ? byName.get(parsed.t) : undefined;
        if (!table || !parsed.r) throw new RestoreError(`${file}:${lineNo}: a row of an unknown table "${String(parsed.t)}"`);
        hash.update(line).update("\n");
        if (pending && (pending.table !== table || pending.rows.length >= 2000)) await flush();
        pending ??= { table, rows: [] };
        pending.rows.push(parsed.r);
      }
      await flush();
      if (!end) throw new RestoreError(`${file}: the export is truncated (no closing line): nothing was restored`);
      summary.checksum = hash.digest("hex");
      if (end.rows !== summary.rows || end.checksum !== summary.checksum) {
        throw new RestoreError(`${file}: the rows do not match the export's checksum (the file is damaged): nothing was restored`);
      }
      for (const { table, rows } of fixups) {
        for (let i = 0; i < rows.length; i += 2000) {
          const set = table.selfRefs.map((c) => `${q(c)} = s.${q(c)}`).join(", ");
          const keyMatch = table.key.map((k) => `t.${q(k)} = s.${q(k)}`).join(" AND ");
          await tx.$executeRawUnsafe(
            `UPDATE ${q(table.name)} t SET ${set} FROM jsonb_populate_recordset(NULL::${q(table.name)}, $1::jsonb) s WHERE ${keyMatch}`,
            JSON.stringify(rows.slice(i, i + 2000)),
          );
        }
      }
    },
    { timeout: 3_600_000, maxWait: 30_000 },
  );
  return summary;
}
