/**
 * The fast path of the bulk writer: a batch that only creates records (or finds them unchanged)
 * is written on a connection of its own, each table's rows streamed with COPY (pg-copy-streams,
 * in COPY's text format) instead of bound as parameters, which is where a first import spent
 * most of its time. The rows are the audited writer's own (`rowsForNewRecords`: the record, one
 * revision and one audit entry naming the import, its external key), and the batch commits with
 * the run's checkpoint in one transaction, as before.
 *
 * A batch that would update or re-key a record, or create a kind written one record at a time,
 * is left to the audited writer (`write` answers null): that path reads and versions each record.
 * Records reach the writer from `planRecord`, already validated by their kind's schema; they are
 * not validated a second time here.
 */
import { once } from "node:events";
import { finished } from "node:stream/promises";
import {
  type BulkCounts,
  type BulkOptions,
  connectionUrlOf,
  type Db,
  fingerprintOf,
  JsonText,
  type NewRecord,
  ROW_KINDS,
  rowsForNewRecords,
  STORES,
  type TableRows,
  timed,
} from "@ties/db";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { PlannedRecord } from "./import-plan";

/** The import run a batch advances, and by how many rows of its files. */
export interface BatchCheckpoint {
  runId: string;
  rows: number;
}

export interface CopyWriter {
  /** Writes one batch, or answers null when the batch needs the audited per-record path. */
  write(records: readonly PlannedRecord[], opts: BulkOptions, checkpoint?: BatchCheckpoint): Promise<BulkCounts | null>;
  /**
   * Writes one batch in a transaction left open, to be committed (with its checkpoint) or rolled
   * back by the caller; null when the batch needs the audited per-record path (nothing is left
   * open then). A batch written alongside another commits only after it (see write-pipeline.ts).
   */
  prepare(
    records: readonly PlannedRecord[],
    opts: BulkOptions,
    checkpoint?: BatchCheckpoint,
    order?: PrepareOrder,
  ): Promise<PreparedBatch | null>;
  close(): Promise<void>;
}

/** How a batch written alongside the one before it keeps out of that one's way. */
export interface PrepareOrder {
  /**
   * Awaited before published event rows are written: the batch before has written its own. Only
   * published events are counted in the activity summary, whose rows two batches must lock in
   * one order; drafts and events in review lock no row another batch's event rows need, and are
   * written while the batch before writes its own.
   */
  eventsAfter?: Promise<unknown>;
  /** Called once the event rows are written (or the batch has stopped before them). */
  eventsWritten?: () => void;
  /** A lock waited for longer than this fails the batch (it is then written again, alone). */
  lockTimeoutMs?: number;
}

export interface PreparedBatch {
  counts: BulkCounts;
  /** Advances the checkpoint in the batch's transaction and commits it. */
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
const keyOf = (r: { dataset: string; externalId: string }) => `${r.dataset}\u0000${r.externalId}`;

/**
 * A field of COPY's text format (PostgreSQL's own, documented with COPY): `\N` for NULL, and a
 * backslash before the backslashes, tabs and line ends a value holds. csv-stringify wrote the CSV
 * format too, but at a quarter of the speed, which an import of 100,000 rows felt.
 */
const NULL_FIELD = "\\N";
const SPECIAL = /[\\\t\n\r]/;
const textField = (v: string) => (SPECIAL.test(v) ? v.replace(/[\\\t\n\r]/g, escapeChar) : v);
const escapeChar = (c: string) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r");
/** JSON text holds no raw tab or line end (JSON escapes them): only its backslashes are doubled. */
const jsonField = (json: string) => (json.includes("\\") ? json.replace(/\\/g, "\\\\") : json);

/** A PostgreSQL array literal of text: each element quoted, its quotes and backslashes escaped. */
function arrayLiteral(items: readonly unknown[]): string {
  let out = "{";
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    if (i > 0) out += ",";
    out += x === null || x === undefined ? "NULL" : `"${String(x).replace(/[\\"]/g, "\\$&")}"`;
  }
  return `${out}}`;
}

/** How a column's values become fields of COPY's text format, by the column's type. */
function fieldEncoder(type: string): (v: unknown) => string {
  if (type === "jsonb" || type === "json")
    return (v) => (v === null || v === undefined ? NULL_FIELD : jsonField(v instanceof JsonText ? v.text : JSON.stringify(v)));
  if (type === "ARRAY") return (v) => (v === null || v === undefined ? NULL_FIELD : textField(arrayLiteral(v as unknown[])));
  // A batch's rows share their times (updatedAt): each is written out once.
  let lastDate: Date | null = null;
  let lastIso = "";
  const isoOf = (d: Date) => {
    if (d !== lastDate) {
      lastDate = d;
      lastIso = d.toISOString();
    }
    return lastIso;
  };
  return (v) =>
    v === null || v === undefined ? NULL_FIELD : typeof v === "string" ? textField(v) : v instanceof Date ? isoOf(v) : textField(String(v));
}

/**
 * A table's rows in COPY's text format, by the table's column types: the columns the rows name,
 * and their lines 64 kB at a time (a write per row costs more than the row).
 */
export function copyText(
  table: string,
  rows: readonly Record<string, unknown>[],
  types: ReadonlyMap<string, string>,
): { columns: string[]; chunks: Iterable<string> } {
  const names = new Set<string>();
  for (const r of rows) for (const c in r) names.add(c);
  const columns = [...names];
  const encoders = columns.map((c) => {
    const type = types.get(c);
    if (!type) throw new Error(`${table} has no column ${c}`);
    return fieldEncoder(type);
  });
  // One function per table writing a row's line, each column read by its name: a loop over the
  // column names, reading each field by a computed key, took some 60% longer.
  const line = new Function(
    "e",
    "r",
    `return ${columns.map((c, i) => `e[${i}](r[${JSON.stringify(c)}])`).join(' + "\\t" + ')} + "\\n";`,
  ) as (e: typeof encoders, r: Record<string, unknown>) => string;
  function* chunks() {
    // Lines appended to one string: V8 joins the pieces once, when the chunk is written out.
    let chunk = "";
    for (const r of rows) {
      chunk += line(encoders, r);
      if (chunk.length > 64_000) {
        yield chunk;
        chunk = "";
      }
    }
    if (chunk) yield chunk;
  }
  return { columns, chunks: chunks() };
}

/** Opens the fast path on a connection of its own, or answers null for a client made elsewhere. */
export async function openCopyWriter(db: Db): Promise<CopyWriter | null> {
  const url = connectionUrlOf(db);
  if (!url) return null;
  const client = new pg.Client({ connectionString: url });
  // A connection lost between statements is reported by the next one; unheard, the event would
  // end the process (the admin app runs imports in its own).
  client.on("error", () => undefined);
  await client.connect();
  const columnTypes = new Map<string, Map<string, string>>();

  async function typesOf(table: string): Promise<Map<string, string>> {
    let types = columnTypes.get(table);
    if (!types) {
      const { rows } = await client.query<{ column_name: string; data_type: string }>(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1",
        [table],
      );
      types = new Map(rows.map((r) => [r.column_name, r.data_type]));
      columnTypes.set(table, types);
    }
    return types;
  }

  /** Streams a table's rows with COPY; rows that may be there already go through a staging table. */
  async function copyRows({ table, rows, conflict }: TableRows) {
    if (rows.length === 0) return;
    const { columns, chunks } = copyText(table, rows, await typesOf(table));
    const target = conflict ? `ties_copy_${table.toLowerCase()}` : table;
    if (conflict) await client.query(`CREATE TEMP TABLE IF NOT EXISTS ${q(target)} (LIKE ${q(table)}) ON COMMIT DELETE ROWS`);
    const list = columns.map(q).join(", ");
    const copy = client.query(copyFrom(`COPY ${q(target)} (${list}) FROM STDIN`));
    const done = finished(copy);
    for (const chunk of chunks) if (!copy.write(chunk)) await Promise.race([once(copy, "drain"), done]);
    copy.end();
    await done;
    if (conflict) await client.query(`INSERT INTO ${q(table)} (${list}) SELECT ${list} FROM ${q(target)} ${conflict}`);
  }

  async function writeIn(records: readonly PlannedRecord[], opts: BulkOptions, order: PrepareOrder): Promise<BulkCounts | null> {
    const counts: BulkCounts = { created: 0, updated: 0, unchanged: 0 };
    const { rows: found } = await timed(opts.timings, "sql look up external keys", () =>
      client.query<{ dataset: string; externalId: string; fingerprint: string }>(
        // One index look-up per key: while an import grows the table faster than its statistics
        // follow, a plain join was planned as a scan of every key, once per batch.
        `SELECT k.dataset, k."externalId", k.fingerprint FROM unnest($1::text[], $2::text[]) AS w(dataset, "externalId")
         CROSS JOIN LATERAL (SELECT * FROM "ExternalKey" k WHERE k.dataset = w.dataset AND k."externalId" = w."externalId" LIMIT 1) k`,
        [records.map((r) => r.dataset), records.map((r) => r.externalId)],
      ),
    );
    const known = new Map(found.map((k) => [keyOf(k), k.fingerprint]));
    const fresh: NewRecord[] = [];
    for (const r of records) {
      const fingerprint = r.fingerprint ?? fingerprintOf(r.input);
      const seen = known.get(keyOf(r));
      if (seen === fingerprint) counts.unchanged++;
      else if (seen !== undefined || !ROW_KINDS.has(r.kind)) return null;
      else fresh.push({ ...r, fingerprint });
    }
    // A record already there without a key (read back from an export of it) is updated instead.
    for (const kind of new Set(fresh.map((r) => r.kind))) {
      const ids = fresh.filter((r) => r.kind === kind).map((r) => r.id);
      const { rowCount } = await timed(opts.timings, "sql look up keyless records", () =>
        client.query(`SELECT 1 FROM ${q(STORES[kind].table)} WHERE id = ANY($1::text[])`, [ids]),
      );
      if (rowCount) return null;
    }
    const tables = await rowsForNewRecords(fresh, opts, async (personIds) => {
      if (personIds.length === 0) return new Map();
      const { rows } = await client.query<{ id: string; name: string }>(`SELECT id, name FROM "Person" WHERE id = ANY($1::text[])`, [
        personIds,
      ]);
      return new Map(rows.map((p) => [p.id, p.name]));
    });
    for (const t of tables) {
      if (t.table === "Event" && opts.state === "published") await order.eventsAfter;
      await timed(opts.timings, `copy ${t.table}`, () => copyRows(t));
      if (t.table === "Event") order.eventsWritten?.();
    }
    counts.created = fresh.length;
    return counts;
  }

  /** The run's checkpoint, advanced in the batch's transaction: taken last, just before COMMIT. */
  async function advance(checkpoint: BatchCheckpoint | undefined, counts: BulkCounts, opts: BulkOptions) {
    if (!checkpoint) return;
    await timed(opts.timings, "sql checkpoint", () =>
      client.query(
        `UPDATE "ImportRun" SET done = done + $2, created = created + $3, updated = updated + $4, unchanged = unchanged + $5 WHERE id = $1`,
        [checkpoint.runId, checkpoint.rows, counts.created, counts.updated, counts.unchanged],
      ),
    );
  }

  async function prepare(
    records: readonly PlannedRecord[],
    opts: BulkOptions,
    checkpoint: BatchCheckpoint | undefined,
    order: PrepareOrder = {},
  ): Promise<PreparedBatch | null> {
    await client.query("BEGIN");
    try {
      // The batch's commit need not wait for the disk: a crash loses at most the last
      // batches, and their checkpoint with them, so a re-run writes them again.
      await client.query("SET LOCAL synchronous_commit = off");
      if (order.lockTimeoutMs) await client.query(`SET LOCAL lock_timeout = ${Math.round(order.lockTimeoutMs)}`);
      const counts = await timed(opts.timings, "transaction: write", () => writeIn(records, opts, order));
      if (!counts) {
        await client.query("ROLLBACK");
        return null;
      }
      return {
        counts,
        commit: async () => {
          try {
            await advance(checkpoint, counts, opts);
            await timed(opts.timings, "transaction: commit", () => client.query("COMMIT"));
          } catch (e) {
            await client.query("ROLLBACK").catch(() => undefined);
            throw e;
          }
        },
        rollback: async () => {
          await client.query("ROLLBACK");
        },
      };
    } catch (e) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw e;
    } finally {
      order.eventsWritten?.();
    }
  }

  return {
    async write(records, opts, checkpoint) {
      return timed(opts.timings, "transaction in all", async () => {
        const batch = await prepare(records, opts, checkpoint);
        await batch?.commit();
        return batch?.counts ?? null;
      });
    },
    prepare,
    close: () => client.end(),
  };
}
