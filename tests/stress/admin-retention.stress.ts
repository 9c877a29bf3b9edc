/**
 * What a curator's save leaves behind in the admin app: the admin app alone, a curator saving
 * through the admin API as the load test's curators do, and after each round the live objects a
 * request makes (answers, requests, web streams, compressors) counted through the app's
 * inspector, after a full collection. Something kept per save grows with the saves; a fixed
 * number does not. Prisma's engine remembers its last 100 closed transactions (to tell a late
 * query that its transaction is over), and each remembers the request it ran in, so up to about
 * 100 saves' requests stay live: that many, and no more however many saves follow.
 * With TIES_MEMORY_PROBES=1 (it needs a WebSocket: node --experimental-websocket on Node 20).
 */
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createUserWithPassword } from "@ties/api/server";
import { cloneDatabase, dropDatabase, portFree, repoRoot, withDatabase } from "@ties/db/ops";
import { createPrismaClient } from "@ties/db";
import { TEMPLATE_SEEDED, testServerUrl } from "@ties/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnApp, stopApps, waitUntilServing } from "../../scripts/apps";
import { connectInspector, type Inspector } from "./inspector";

const ROUNDS = [50, 100, 200];
const PASSWORD = "retention-curator-password-1";
const COUNTED: Record<string, string> = {
  ServerResponse: "require('node:http').ServerResponse.prototype",
  IncomingMessage: "require('node:http').IncomingMessage.prototype",
  ReadableStream: "ReadableStream.prototype",
  Gzip: "require('node:zlib').Gzip.prototype",
};

describe.skipIf(process.env.TIES_MEMORY_PROBES !== "1" || typeof WebSocket === "undefined")("what saves leave in the admin app", () => {
  const name = `ar_${randomBytes(4).toString("hex")}`;
  let admin: ChildProcess;
  let inspector: Inspector;
  let url = "";
  beforeAll(async () => {
    await cloneDatabase(testServerUrl(), TEMPLATE_SEEDED, name);
    const dbUrl = withDatabase(testServerUrl(), name);
    const db = createPrismaClient(dbUrl, { max: 2 });
    await createUserWithPassword(db, { email: "curator@retention.test", name: "Curator", password: PASSWORD, role: "curator" });
    await db.$disconnect();
    let port = 3620;
    while (!(await portFree(port))) port++;
    let inspectPort = 9420;
    while (!(await portFree(inspectPort))) inspectPort++;
    url = `http://localhost:${port}`;
    admin = spawnApp(
      repoRoot,
      "admin",
      port,
      {
        ...process.env,
        DATABASE_URL: dbUrl,
        BETTER_AUTH_SECRET: randomBytes(32).toString("hex"),
        ADMIN_URL: url,
        WEB_URL: "http://localhost:1",
        TIES_ACCESS_LOG: "0",
        NODE_OPTIONS: `--inspect=127.0.0.1:${inspectPort}`,
      },
      "ignore",
      "ignore",
    );
    await waitUntilServing(`${url}/api/health`);
    inspector = await connectInspector(inspectPort);
  });
  afterAll(async () => {
    inspector?.close();
    await stopApps([admin].filter(Boolean));
    await dropDatabase(testServerUrl(), name);
  });

  it(`counts what is live after ${ROUNDS.join(", ")} saves`, async () => {
    const r = await fetch(`${url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: url },
      body: JSON.stringify({ email: "curator@retention.test", password: PASSWORD }),
    });
    expect(r.status).toBe(200);
    const cookie = r.headers
      .getSetCookie()
      .map((c) => c.split(";", 1)[0])
      .join("; ");
    let saves = 0;
    const lines: string[] = [];
    const responses: number[] = [];
    for (const until of ROUNDS) {
      for (; saves < until; saves++) {
        const slug = `retention-${saves}-${randomBytes(3).toString("hex")}`;
        const s = await fetch(`${url}/api/trpc/organization.create`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: url, cookie },
          body: JSON.stringify({ data: { slug, name: { en: `Retention ${slug}` }, kind: "other", url: "https://example.org" } }),
        });
        await s.arrayBuffer();
        expect(s.status).toBe(200);
      }
      const counts: string[] = [];
      for (const [k, proto] of Object.entries(COUNTED)) {
        const n = await inspector.countObjects(proto);
        counts.push(`${k} ${n}`);
        if (k === "ServerResponse") responses.push(n);
      }
      await inspector.collectGarbage();
      const m = await inspector.memory();
      lines.push(`after ${saves} saves: ${counts.join(", ")}; heap used ${(m.heapUsed / 1048576).toFixed(1)} MB after a full collection`);
    }
    console.log(`\n${lines.join("\n")}`);
    // Bounded: the second hundred saves add nothing to what the first left.
    expect(responses.at(-1)).toBeLessThanOrEqual(110);
    expect((responses.at(-1) ?? 0) - (responses.at(-2) ?? 0)).toBeLessThanOrEqual(5);
  });
});
