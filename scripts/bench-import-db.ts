/**
 * Where an import's database time goes: imports a synthetic events CSV (20,000 rows by default)
 * into a throwaway PostgreSQL, then times the database alone writing the same rows again (an
 * `INSERT ... SELECT` of them under new ids, no client involved), table by table, with each index,
 * trigger or generated column of the event table present and absent. Each measurement runs in a
 * transaction that is rolled back (an index dropped there is back afterwards), after a VACUUM, and
 * gives the median of three runs of the server process's CPU time.
 * Then, when the HistoryAtState folder is present, it imports it too and times the rows linking its
 * events to people, organisations and sources with and without their tables' triggers.
 *   npm run bench:import-db -- [events=20000] [--links-only]
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "@ties/db/ops";
import { runImport } from "@ties/importers";
import pg from "pg";
import { withBenchDatabase } from "./bench-database";
import { writeSyntheticEvents } from "./bench-import-data";

const DATASETS = join(repoRoot, "../shared/data/historyatstate");
const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function main() {
  const n = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 20_000);
  const linksOnly = process.argv.includes("--links-only");
  const tmp = mkdtempSync(join(tmpdir(), "ties-bench-import-db-"));
  try {
    const file = join(tmp, `synthetic-${n}.csv`);
    await writeSyntheticEvents(file, n);
    await withBenchDatabase({ name: "bench-import-db", portFrom: 56700 }, async (db, url) => {
      const s = await runImport(db, file);
      if (s.status !== "completed") throw new Error(`The import was ${s.status}`);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        if (!linksOnly) await measure(client, n);
        if (existsSync(DATASETS)) {
          const d = await runImport(db, DATASETS);
          if (d.status !== "completed") throw new Error(`The import of the datasets was ${d.status}`);
          await measureLinks(client);
        }
      } finally {
        await client.end();
      }
    });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function columnsOf(client: pg.Client, table: string): Promise<string[]> {
  const { rows } = await client.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((r) => r.column_name);
}

async function indexesOf(client: pg.Client, table: string): Promise<string[]> {
  const { rows } = await client.query<{ indexname: string }>(
    `SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND tablename = $1 ORDER BY indexname`,
    [table],
  );
  return rows.map((r) => r.indexname).filter((i) => !i.endsWith("_pkey"));
}

/**
 * CPU milliseconds the server process spent on `statement` after `setup`, in a transaction rolled
 * back: the median of three. The server's CPU time, read from /proc, rather than the time on the
 * clock, which on a shared machine varies more with the neighbours' load than with the change.
 */
async function time(client: pg.Client, table: string, setup: string[], statement: string): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    await client.query(`VACUUM ${q(table)}`);
    await client.query("BEGIN");
    try {
      for (const s of setup) await client.query(s);
      const before = await cpuOf(client);
      await client.query(statement);
      runs.push((await cpuOf(client)) - before);
    } finally {
      await client.query("ROLLBACK");
    }
  }
  return runs.sort((a, b) => a - b)[1]!;
}

const backends = new WeakMap<pg.Client, number>();
/** The CPU time (user and system, ms) of the client's server process so far. */
async function cpuOf(client: pg.Client): Promise<number> {
  let pid = backends.get(client);
  if (pid === undefined) {
    pid = (await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;
    backends.set(client, pid);
  }
  // Fields 14 and 15 of /proc/<pid>/stat, after the command name in parentheses.
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8")
    .replace(/^.*\) /, "")
    .split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}
const CLOCK_TICKS = 100;

async function measure(client: pg.Client, n: number) {
  const out = (label: string, ms: number, base?: number) =>
    console.log(
      `${label.padEnd(62)} ${(ms / 1000).toFixed(2).padStart(6)} s${base === undefined ? "" : `  ${ms - base >= 0 ? "+" : "-"}${(Math.abs(ms - base) / 1000).toFixed(2)} s`}`,
    );
  const { rows: load } = await client.query<{ l: string }>("SELECT pg_size_pretty(pg_total_relation_size('\"Event\"')) AS l");
  console.log(`${n} event rows again (Event ${load[0]!.l}); server CPU seconds, medians of three runs, differences against "as imported"`);

  // The event rows, under new ids and slugs; `state` as given.
  const cols = await columnsOf(client, "Event");
  const eventInsert = (state = "state", extra: string[] = []) => {
    const list = [...cols, ...extra];
    const select = list.map((c) => (c === "id" ? `'m' || id` : c === "slug" ? `'m' || slug` : c === "state" ? `${state}` : q(c)));
    return `INSERT INTO "Event" (${list.map(q).join(", ")}) SELECT ${select.join(", ")} FROM "Event" WHERE id NOT LIKE 'm%'`;
  };
  const base = await time(client, "Event", [], eventInsert());
  out("Event: as imported (drafts)", base);
  out(
    "Event: published (the activity summary and notifications count them)",
    await time(client, "Event", [], eventInsert("'published'")),
    base,
  );
  out("Event: no user triggers", await time(client, "Event", [`ALTER TABLE "Event" DISABLE TRIGGER USER`], eventInsert()), base);
  out(
    "Event: published, no user triggers",
    await time(client, "Event", [`ALTER TABLE "Event" DISABLE TRIGGER USER`], eventInsert("'published'")),
    base,
  );
  const indexes = await indexesOf(client, "Event");
  for (const i of indexes.filter((x) => x !== "Event_slug_key"))
    out(`Event: without ${i}`, await time(client, "Event", [`DROP INDEX ${q(i)}`], eventInsert()), base);
  const droppable = indexes.filter((x) => x !== "Event_slug_key");
  out(
    "Event: primary key and slug only, no triggers",
    await time(client, "Event", [`ALTER TABLE "Event" DISABLE TRIGGER USER`, ...droppable.map((i) => `DROP INDEX ${q(i)}`)], eventInsert()),
    base,
  );
  out(
    "Event: search vector copied, not generated",
    await time(
      client,
      "Event",
      [`ALTER TABLE "Event" ALTER COLUMN "searchVector" DROP EXPRESSION`],
      eventInsert("state", ["searchVector"]),
    ),
    base,
  );
  out(
    "Event: GIN indexes without fastupdate (no pending list)",
    await time(
      client,
      "Event",
      ["Event_search_idx", "Event_facets_idx", "Event_parties_idx", "Event_areaSlugs_idx"].map(
        (i) => `ALTER INDEX ${q(i)} SET (fastupdate = off)`,
      ),
      eventInsert(),
    ),
    base,
  );

  // The expressions alone, computed over every row.
  const all = `FROM "Event" WHERE id NOT LIKE 'm%'`;
  out("compute ties_search_vector(searchText)", await time(client, "Event", [], `SELECT count(ties_search_vector("searchText")) ${all}`));
  out(
    "compute ties_facet_vector(searchVector, type, areaSlugs)",
    await time(client, "Event", [], `SELECT count(ties_facet_vector("searchVector", type, "areaSlugs")) ${all}`),
  );
  for (const [label, fn] of Object.entries(FACET_VARIANTS)) {
    out(
      `compute the facet vector, ${label}`,
      await time(client, "Event", [fn], `SELECT count(ties_facet_vector("searchVector", type, "areaSlugs")) ${all}`),
    );
    out(`Event: facet vector ${label}`, await time(client, "Event", [fn], eventInsert()), base);
  }

  // The other tables a new event writes.
  for (const [table, key] of [
    ["Revision", "id"],
    ["AuditEntry", "id"],
    ["ExternalKey", "externalId"],
  ] as const) {
    const tcols = await columnsOf(client, table);
    const insert = `INSERT INTO ${q(table)} (${tcols.map(q).join(", ")}) SELECT ${tcols
      .map((c) => (c === key || c === "recordId" ? `'m' || ${q(c)}` : q(c)))
      .join(", ")} FROM ${q(table)} WHERE ${q(key)} NOT LIKE 'm%' AND "recordKind" = 'event'`;
    const tbase = await time(client, table, [], insert);
    out(`${table}: as imported`, tbase);
    for (const i of await indexesOf(client, table))
      out(`${table}: without ${i}`, await time(client, table, [`DROP INDEX ${q(i)}`], insert), tbase);
  }
}

/**
 * The rows linking the HistoryAtState events to their people, organisations and sources, written
 * again (deleted, then inserted from a copy, in the rolled-back transaction), with and without
 * their tables' statement triggers (the notification of a change to a published record).
 */
async function measureLinks(client: pg.Client) {
  for (const table of ["EventParticipant", "EventOrganization", "Citation"]) {
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${q(table)}`);
    const setup = [`CREATE TEMP TABLE copy ON COMMIT DROP AS SELECT * FROM ${q(table)}`, `DELETE FROM ${q(table)}`];
    const insert = `INSERT INTO ${q(table)} SELECT * FROM copy`;
    const base = await time(client, table, setup, insert);
    console.log(
      `${`${table} (${rows[0]!.n} rows of the HistoryAtState folder): as imported`.padEnd(62)} ${(base / 1000).toFixed(2).padStart(6)} s`,
    );
    const off = await time(client, table, [...setup, `ALTER TABLE ${q(table)} DISABLE TRIGGER USER`], insert);
    console.log(
      `${`${table}: no user triggers`.padEnd(62)} ${(off / 1000).toFixed(2).padStart(6)} s  ${off <= base ? "-" : "+"}${(Math.abs(base - off) / 1000).toFixed(2)} s`,
    );
  }
}

/** Other bodies of the facet vector, tried in place of the SQL one within the rolled-back transaction. */
const FACET_VARIANTS: Record<string, string> = {
  "in plpgsql": `CREATE OR REPLACE FUNCTION ties_facet_vector(v tsvector, type text, areas text[]) RETURNS tsvector
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
    AS $$ BEGIN RETURN array_to_tsvector(ARRAY(
      SELECT f.facet || '|' || l.lexeme
        FROM unnest(array_prepend('type:' || type, ARRAY(SELECT 'area:' || a FROM unnest(areas) AS a))) AS f(facet),
             unnest(array_prepend('', tsvector_to_array(v))) AS l(lexeme))); END $$`,
};

await main();
