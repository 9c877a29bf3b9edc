/**
 * The write path of bulk imports: the audited path of `curation.ts` (domain validation, a version
 * per change, a revision and an audit entry naming the import, one transaction), batched. Each
 * record carries its external key (dataset + id) and a fingerprint of its content: a record seen
 * before with the same fingerprint is left alone, a changed one is updated as a new revision, a
 * new one is created, and event and citation rows (the bulk of any dataset) are created with one
 * statement per table. A batch commits with the import's checkpoint, so a crash loses at most the
 * batch in flight.
 */
import { hash, randomBytes } from "node:crypto";
import { type PublicationState, parseOrThrow, periodEnd, periodStart } from "@ties/domain";
import type { Db } from "./client";
import { type Actor, bumpVersion, inTransaction } from "./curation";
import { type CuratedKind, json, STORES, type Tx } from "./records";
import { citationRow } from "./records/citation-store";
import { eventLinkRows, eventRowValues, eventSearchTextWith } from "./records/event-store";
import { organizationRow } from "./records/organization-store";
import { personRow } from "./records/person-store";
import { positionRow } from "./records/position-store";
import { sourceRow } from "./records/source-store";

/** Kinds whose new rows the writer creates with one statement per batch, in this order. */
const ROWS = {
  source: sourceRow,
  organization: organizationRow,
  person: personRow,
  position: positionRow,
} as const;
type RowKind = keyof typeof ROWS;

export interface BulkRecord {
  kind: CuratedKind;
  id: string;
  dataset: string;
  externalId: string;
  /** The domain input (validated again here). */
  input: unknown;
  /** The input as JSON (`JSON.stringify(input)`), where the importer has it already. */
  json?: string;
}

export interface BulkOptions {
  actor: Actor;
  /** The state new records land in: draft, or published for a curated dataset. */
  state: PublicationState;
  importId: string;
  /** The revision reason, naming the import ("Imported from visits/2020.xml"). */
  reason: string;
  /** Milliseconds spent per stage, added up across batches (a profile of the import). */
  timings?: StageTimings;
}

/** Milliseconds per stage of an import, for finding where its time goes. */
export type StageTimings = Map<string, number>;

/** Runs `fn` and adds its time to `stage` in `timings` (when given). */
export async function timed<T>(timings: StageTimings | undefined, stage: string, fn: () => Promise<T>): Promise<T> {
  if (!timings) return fn();
  const t0 = performance.now();
  try {
    return await fn();
  } finally {
    timings.set(stage, (timings.get(stage) ?? 0) + performance.now() - t0);
  }
}

export interface BulkCounts {
  created: number;
  updated: number;
  unchanged: number;
}

const canonical = (v: unknown): string => JSON.stringify(v);
/**
 * The fingerprint of an input given as its JSON text (`JSON.stringify(input)`): the one-shot
 * hash, which takes half the time of a Hash object for inputs this small.
 */
export const fingerprintOfJson = (json: string): string => hash("sha256", json, "hex").slice(0, 32);
export const fingerprintOf = (input: unknown): string => fingerprintOfJson(canonical(input));

/**
 * A JSON value already written as text: the COPY writer sends the text as it is, and anything
 * else that serialises it gets the value back. Spares writing out a record's input a second time.
 */
export class JsonText {
  constructor(readonly text: string) {}
  toJSON(): unknown {
    return JSON.parse(this.text);
  }
}

/** Positions from datasets widen to every record that names them; a narrower re-import keeps the span. */
function mergePosition(current: Record<string, unknown>, incoming: Record<string, unknown>): Record<string, unknown> {
  const start = [current.start, incoming.start].filter((d): d is string => typeof d === "string");
  const end = [current.end, incoming.end].filter((d): d is string => typeof d === "string");
  return {
    ...incoming,
    start: start.length ? start.reduce((a, b) => (periodStart(a) <= periodStart(b) ? a : b)) : null,
    end: end.length ? end.reduce((a, b) => (periodEnd(a) >= periodEnd(b) ? a : b)) : null,
  };
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Inserts rows with one statement per few thousand: the rows travel as one JSON parameter that
 * `jsonb_populate_recordset` spreads into the table's columns (ten times faster here than
 * Prisma's createMany, which binds every value). Columns left out take their defaults.
 */
async function insertRows(
  tx: Tx,
  table: string,
  rows: readonly Record<string, unknown>[],
  conflict = "",
  timings?: StageTimings,
): Promise<void> {
  if (rows.length === 0) return;
  if (timings) return timed(timings, `sql ${table}`, () => insertRows(tx, table, rows, conflict));
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))].map(q).join(", ");
  for (let i = 0; i < rows.length; i += 5000) {
    await tx.$executeRawUnsafe(
      `INSERT INTO ${q(table)} (${columns}) SELECT ${columns} FROM jsonb_populate_recordset(NULL::${q(table)}, $1::jsonb) ${conflict}`,
      JSON.stringify(rows.slice(i, i + 5000)),
    );
  }
}

/** Ids for revisions and audit entries: time-ordered, like the ones Prisma makes, and unique. */
function idMaker() {
  const prefix = `b${Date.now().toString(36)}${randomBytes(4).toString("hex")}`;
  let n = 0;
  return () => `${prefix}${(n++).toString(36).padStart(5, "0")}`;
}

/** Writes one batch in one transaction; `checkpoint` runs in the same transaction. */
export async function writeBulk(
  db: Db,
  records: readonly BulkRecord[],
  opts: BulkOptions,
  checkpoint?: (tx: Tx, counts: BulkCounts) => Promise<void>,
): Promise<BulkCounts> {
  return timed(opts.timings, "transaction in all", () =>
    inTransaction(db, (tx) => writeBulkIn(tx, records, opts, checkpoint), { timeout: 300_000 }),
  );
}

/** Kinds that refer to events and agreements: written after them in a batch. */
const LATE = new Set<CuratedKind>(["commitment", "claim"]);

async function writeBulkIn(
  tx: Tx,
  records: readonly BulkRecord[],
  opts: BulkOptions,
  checkpoint?: (tx: Tx, counts: BulkCounts) => Promise<void>,
): Promise<BulkCounts> {
  const counts: BulkCounts = { created: 0, updated: 0, unchanged: 0 };
  const early = records.filter((r) => !LATE.has(r.kind));
  const late = records.filter((r) => LATE.has(r.kind));
  if (early.length) await writeGroup(tx, early, opts, counts);
  if (late.length) await writeGroup(tx, late, opts, counts);
  if (checkpoint) await timed(opts.timings, "sql checkpoint", () => checkpoint(tx, counts));
  return counts;
}

/** Writes records of kinds that refer only to one another or to records already written. */
async function writeGroup(tx: Tx, records: readonly BulkRecord[], opts: BulkOptions, counts: BulkCounts): Promise<void> {
  const keyOf = (r: { dataset: string; externalId: string }) => `${r.dataset}\u0000${r.externalId}`;
  const known = new Map<string, { recordId: string; fingerprint: string }>();
  // One look-up per batch: the keys travel as two arrays, joined in the database.
  const found = await timed(opts.timings, "sql look up external keys", () =>
    tx.$queryRawUnsafe<{ dataset: string; externalId: string; recordId: string; fingerprint: string }[]>(
      `SELECT k.dataset, k."externalId", k."recordId", k.fingerprint FROM "ExternalKey" k
     JOIN unnest($1::text[], $2::text[]) AS w(dataset, "externalId") ON k.dataset = w.dataset AND k."externalId" = w."externalId"`,
      records.map((r) => r.dataset),
      records.map((r) => r.externalId),
    ),
  );
  for (const k of found) known.set(keyOf(k), k);
  // A record may be there already without a key (read back from an export of the same record):
  // it is updated, not created again.
  const keyless = new Set<string>();
  const unkeyed = records.filter((r) => !known.has(keyOf(r)));
  for (const kind of new Set(unkeyed.map((r) => r.kind))) {
    const ids = unkeyed.filter((r) => r.kind === kind).map((r) => r.id);
    const rows = await timed(opts.timings, "sql look up keyless records", () =>
      tx.$queryRawUnsafe<{ id: string }[]>(`SELECT id FROM ${q(STORES[kind].table)} WHERE id = ANY($1::text[])`, ids),
    );
    for (const { id } of rows) keyless.add(`${kind}\u0000${id}`);
  }
  // The batch's commit need not wait for the disk: a crash loses at most the last batches, and
  // their checkpoint with them, so a re-run writes them again.
  await tx.$executeRawUnsafe("SET LOCAL synchronous_commit = off");

  const revisions: {
    recordKind: string;
    recordId: string;
    version: number;
    snapshot: ReturnType<typeof json>;
    authorId: string | null;
    reason: string;
  }[] = [];
  const audits: { action: string; recordKind: string; recordId: string; actorId: string | null; details: ReturnType<typeof json> }[] = [];
  const newKeys: { dataset: string; externalId: string; recordKind: string; recordId: string; fingerprint: string; importId: string }[] =
    [];
  const revise = (
    kind: string,
    id: string,
    version: number,
    input: unknown,
    state: PublicationState,
    action: "create" | "update",
    extra = {},
  ) => {
    revisions.push({
      recordKind: kind,
      recordId: id,
      version,
      snapshot: json({ input, state }),
      authorId: opts.actor.id,
      reason: opts.reason,
    });
    audits.push({
      action,
      recordKind: kind,
      recordId: id,
      actorId: opts.actor.id,
      details: json({ version, reason: opts.reason, importId: opts.importId, ...extra }),
    });
  };
  const fresh: NewRecord[] = [];

  const planStarted = performance.now();
  for (const r of records) {
    const store = STORES[r.kind];
    const input = parseOrThrow(store.schema, r.input, `The ${r.kind} ${r.externalId}`);
    const fingerprint = fingerprintOf(input);
    const bare = keyless.has(`${r.kind}\u0000${r.id}`);
    const seen = known.get(keyOf(r)) ?? (bare ? { recordId: r.id, fingerprint: "" } : undefined);
    if (seen?.fingerprint === fingerprint) {
      counts.unchanged++;
      continue;
    }
    const state = store.hasState ? opts.state : "published";
    const current = seen ? await store.read(tx, seen.recordId) : null;
    if (seen && current) {
      const next =
        r.kind === "position"
          ? parseOrThrow(store.schema, mergePosition(current.input as Record<string, unknown>, input as Record<string, unknown>))
          : input;
      if (bare)
        newKeys.push({
          dataset: r.dataset,
          externalId: r.externalId,
          recordKind: r.kind,
          recordId: r.id,
          fingerprint,
          importId: opts.importId,
        });
      else
        await tx.externalKey.update({
          where: { dataset_externalId: { dataset: r.dataset, externalId: r.externalId } },
          data: { fingerprint, importId: opts.importId },
        });
      if (fingerprintOf(next) === fingerprintOf(current.input)) {
        counts.unchanged++;
        continue;
      }
      const version = await bumpVersion(tx, store, seen.recordId, current.version);
      await store.write(tx, seen.recordId, next as never, { create: false, state: current.state, version });
      revise(r.kind, seen.recordId, version, next, current.state, "update", { dataset: r.dataset, externalId: r.externalId });
      counts.updated++;
      continue;
    }
    if (seen) await tx.externalKey.delete({ where: { dataset_externalId: { dataset: r.dataset, externalId: r.externalId } } });
    if (!ROW_KINDS.has(r.kind)) await store.write(tx, r.id, input as never, { create: true, state, version: 1 });
    // The input validated here, not the JSON text it came with.
    fresh.push({ kind: r.kind, id: r.id, dataset: r.dataset, externalId: r.externalId, input, fingerprint });
    counts.created++;
  }
  opts.timings?.set(
    "plan rows (validate, fingerprint, snapshot)",
    (opts.timings.get("plan rows (validate, fingerprint, snapshot)") ?? 0) + performance.now() - planStarted,
  );

  const ids = idMaker();
  const tables = await rowsForNewRecords(fresh, opts, async (personIds) =>
    personIds.length
      ? new Map(
          (await tx.person.findMany({ where: { id: { in: personIds } }, select: { id: true, name: true } })).map((p) => [p.id, p.name]),
        )
      : new Map(),
  );
  tables.push(
    { table: "Revision", rows: revisions.map((r) => ({ id: ids(), ...r })) },
    { table: "AuditEntry", rows: audits.map((a) => ({ id: ids(), ...a })) },
    { table: "ExternalKey", rows: newKeys.map((k) => ({ ...k, updatedAt: new Date() })) },
  );
  for (const t of tables) await insertRows(tx, t.table, t.rows, t.conflict, opts.timings);
}

/** A record a batch creates: its input validated by its kind's schema, and that input's fingerprint. */
export interface NewRecord extends BulkRecord {
  fingerprint: string;
}

/** A table's new rows; `conflict` is the clause for rows that may be there already. */
export interface TableRows {
  table: string;
  rows: Record<string, unknown>[];
  conflict?: string;
}

/** Kinds whose new records are written as rows of their tables, many at once (others one by one). */
export const ROW_KINDS: ReadonlySet<CuratedKind> = new Set<CuratedKind>([...(Object.keys(ROWS) as RowKind[]), "event", "citation"]);

/**
 * The rows that create `records` (of the kinds in ROW_KINDS; the others are only given their
 * revision, audit entry and external key), in the order they must be written: organisations
 * before the sources and positions naming them, events before their links, then one revision and
 * one audit entry naming the import per record, and its external key. `namesOf` gives the people
 * an event's search text names.
 */
export async function rowsForNewRecords(
  records: readonly NewRecord[],
  opts: BulkOptions,
  namesOf: (personIds: string[]) => Promise<Map<string, string>>,
): Promise<TableRows[]> {
  const now = new Date();
  const ids = idMaker();
  const stateOf = (kind: CuratedKind) => (STORES[kind].hasState ? opts.state : "published");
  const of = (kind: CuratedKind) => records.filter((r) => r.kind === kind);
  const simple = (kind: RowKind) =>
    of(kind).map((r) => ({
      id: r.id,
      ...(ROWS[kind] as (i: unknown, m: { state: PublicationState; version: number }) => object)(r.input, {
        state: stateOf(kind),
        version: 1,
      }),
      updatedAt: now,
    }));
  const events = of("event").map((r) => ({ id: r.id, input: r.input as ReturnType<typeof STORES.event.schema.parse> }));
  const names = await namesOf([...new Set(events.flatMap((e) => e.input.participants.map((p) => p.personId)))]);
  const publishedAt = opts.state === "published" ? now : null;
  const links = events.map(({ id, input }) => eventLinkRows(id, input));
  // An audit entry's details, as JSON.stringify writes them, the batch's part written out once.
  const detailsHead = `{"version":1,"reason":${JSON.stringify(opts.reason)},"importId":${JSON.stringify(opts.importId)},"dataset":`;
  const details = (r: NewRecord) =>
    new JsonText(`${detailsHead}${JSON.stringify(r.dataset)},"externalId":${JSON.stringify(r.externalId)}}`);
  return [
    { table: "Organization", rows: simple("organization") },
    { table: "Source", rows: simple("source") },
    { table: "Person", rows: simple("person") },
    { table: "Position", rows: simple("position") },
    {
      table: "Event",
      rows: events.map(({ id, input }) =>
        // One object per row, its JSON values the input's own (written out once, by the writer).
        Object.assign(
          eventRowValues(
            input,
            { state: opts.state, version: 1 },
            eventSearchTextWith(
              input,
              input.participants.map((p) => names.get(p.personId) ?? ""),
            ),
          ),
          { id, publishedAt, updatedAt: now },
        ),
      ),
    },
    {
      // Participants keep their order (read back by id): ids sort within their event.
      table: "EventParticipant",
      rows: links.flatMap((l) => l.participants.map((p, i) => ({ id: `${p.eventId}~${String(i).padStart(3, "0")}`, ...p }))),
    },
    { table: "EventOrganization", rows: links.flatMap((l) => l.organizations) },
    { table: "EventAgreement", rows: links.flatMap((l) => l.agreements), conflict: "ON CONFLICT DO NOTHING" },
    {
      table: "Citation",
      rows: of("citation").map(({ id, input }) => ({ id, ...citationRow(input as ReturnType<typeof STORES.citation.schema.parse>, 1) })),
    },
    {
      table: "Revision",
      rows: records.map((r) => ({
        id: ids(),
        recordKind: r.kind,
        recordId: r.id,
        version: 1,
        snapshot:
          r.json === undefined
            ? { input: r.input, state: stateOf(r.kind) }
            : new JsonText(`{"input":${r.json},"state":${JSON.stringify(stateOf(r.kind))}}`),
        authorId: opts.actor.id,
        reason: opts.reason,
      })),
    },
    {
      table: "AuditEntry",
      rows: records.map((r) => ({
        id: ids(),
        action: "create",
        recordKind: r.kind,
        recordId: r.id,
        actorId: opts.actor.id,
        details: details(r),
      })),
    },
    {
      table: "ExternalKey",
      rows: records.map((r) => ({
        dataset: r.dataset,
        externalId: r.externalId,
        recordKind: r.kind,
        recordId: r.id,
        fingerprint: r.fingerprint,
        importId: opts.importId,
        updatedAt: now,
      })),
    },
  ];
}
