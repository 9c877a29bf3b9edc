/**
 * Public reads against a second PostgreSQL server standing in for a read replica: with replica
 * URLs set, reads come from the replicas in turn; without, from the primary. The second server is
 * an embedded one, so its settings are checked here too.
 */
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "./client";
import { cloneDatabase, ensureDatabase } from "./databases";
import { portFree, type RunningPostgres, sharedBuffersMb, startEmbeddedPostgres } from "./embedded-postgres";
import { migrateDeploy } from "./migrate";
import { ZReplicaUrls } from "./env";
import { readClient } from "./read-replicas";
import { loadSeed } from "./seed/load-seed";
import { seedRecord } from "./seed/record";
import { createTestDatabase, type TestDatabase } from "./testing";

let primary: TestDatabase;
let replicaServer: RunningPostgres;
let dir: string;
const replicaUrls: string[] = [];

/** A copy of the record on the replica server; its database name tells a test where a read went. */
async function replicaDatabase(name: string): Promise<string> {
  const url = replicaServer.urlFor(name);
  await ensureDatabase(url, name);
  await migrateDeploy(url);
  const db = createPrismaClient(url, { max: 2 });
  try {
    await loadSeed(db, seedRecord);
  } finally {
    await db.$disconnect();
  }
  return url;
}

beforeAll(async () => {
  primary = await createTestDatabase({ seeded: true });
  dir = mkdtempSync(join(tmpdir(), "ties-replica-"));
  // The server runs as an unprivileged user when started as root: it must reach its folder.
  chmodSync(dir, 0o755);
  let port = 57400 + Math.floor(Math.random() * 500);
  while (!(await portFree(port))) port++;
  replicaServer = await startEmbeddedPostgres({ dataDir: join(dir, "pg"), port, ephemeral: true });
  const first = await replicaDatabase("replica_a");
  await cloneDatabase(replicaServer.urlFor("postgres"), "replica_a", "replica_b");
  replicaUrls.push(first, replicaServer.urlFor("replica_b"));
}, 240_000);

afterAll(async () => {
  await primary?.drop();
  await replicaServer?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const databaseOf = async (url: string, replicas: string[]) => {
  const rows = await readClient(url, replicas).$queryRaw<{ name: string }[]>`SELECT current_database() AS name`;
  return rows[0]?.name;
};

describe("read replicas", () => {
  it("reads from the primary when no replica is set", async () => {
    expect(await databaseOf(primary.url, [])).toBe(new URL(primary.url).pathname.slice(1));
  });

  it("takes the replicas in turn, never the primary", async () => {
    const seen = new Set<string | undefined>();
    for (let i = 0; i < 4; i++) seen.add(await databaseOf(primary.url, replicaUrls));
    expect([...seen].sort()).toEqual(["replica_a", "replica_b"]);
  });

  it("serves the public record from a replica", async () => {
    const published = await readClient(primary.url, replicaUrls).event.count({ where: { state: "published" } });
    expect(published).toBe(await primary.db.event.count({ where: { state: "published" } }));
    expect(published).toBeGreaterThan(0);
  });

  it("runs an embedded server with a page cache sized for the machine", async () => {
    const db = createPrismaClient(replicaUrls[0]!, { max: 1 });
    try {
      const [row] = await db.$queryRaw<{ mb: number }[]>`
        SELECT (setting::bigint * 8192 / 1048576)::int AS mb FROM pg_settings WHERE name = 'shared_buffers'`;
      expect(row?.mb).toBe(sharedBuffersMb());
    } finally {
      await db.$disconnect();
    }
    expect([sharedBuffersMb(256 * 2 ** 20), sharedBuffersMb(4 * 2 ** 30), sharedBuffersMb(64 * 2 ** 30)]).toEqual([128, 1024, 2048]);
  });

  it("reads the setting as comma-separated postgresql URLs and refuses anything else", () => {
    expect(ZReplicaUrls.parse(undefined)).toEqual([]);
    expect(ZReplicaUrls.parse("")).toEqual([]);
    expect(ZReplicaUrls.parse(" postgresql://a/x , postgres://b/y ")).toEqual(["postgresql://a/x", "postgres://b/y"]);
    const bad = ZReplicaUrls.safeParse("postgresql://a/x,mysql://b/y");
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/postgresql:\/\/ URL/);
  });
});
