/**
 * What the running apps hold in memory: a production server reads its configuration without a
 * compiler, so neither the public site nor the admin app has SWC (some 25-40 MB resident), nor
 * next-intl's build-time plugin with its file watcher, loaded once it has served pages. The public
 * site's messages are compiled when it is built, so its server has no ICU message parser either.
 */
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { e2eApps } from "../support/browser";

/** The native modules (.node files) mapped into a process. */
function nativeModules(pid: string): string[] {
  const maps = readFileSync(`/proc/${pid}/maps`, "utf8");
  return [
    ...new Set(
      maps.split("\n").flatMap((line) =>
        line
          .split(/\s+/)
          .slice(5)
          .filter((f) => f.endsWith(".node")),
      ),
    ),
  ];
}

/** The local TCP ports of the sockets a process holds open (Linux /proc). */
function openPorts(pid: string): Set<number> {
  const inodes = new Set<string>();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const link = readlinkSync(`/proc/${pid}/fd/${fd}`);
      const m = /^socket:\[(\d+)\]$/.exec(link);
      if (m?.[1]) inodes.add(m[1]);
    } catch {}
  }
  const ports = new Set<number>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    for (const line of readFileSync(table, "utf8").split("\n").slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f[9] && inodes.has(f[9])) ports.add(Number.parseInt(f[1]?.split(":")[1] ?? "", 16));
    }
  }
  return ports;
}

describe.skipIf(process.platform !== "linux")("the production servers", () => {
  for (const app of ["web", "admin"] as const) {
    it(`${app}: serves pages with no compiler or file watcher loaded`, async () => {
      const { webUrl, adminUrl } = e2eApps();
      const pid = process.env[app === "web" ? "TIES_E2E_WEB_PID" : "TIES_E2E_ADMIN_PID"];
      expect(pid, "the global setup names the app's process").toMatch(/^\d+$/);
      const res = await fetch(app === "web" ? `${webUrl}/en/events?type=visit` : `${adminUrl}/sign-in`);
      expect(res.status).toBe(200);
      await res.arrayBuffer();
      const loaded = nativeModules(pid ?? "");
      expect(loaded.filter((f) => /swc|watcher/.test(f))).toEqual([]);
    });
  }

  it("web: its pages, route handlers and start-up hook share one connection pool and one change listener", async () => {
    const { webUrl } = e2eApps();
    const pid = process.env.TIES_E2E_WEB_PID ?? "";
    // A page, a REST read, a tRPC read and a feed: each kind of route is bundled apart.
    for (const path of ["/en/events?type=visit", "/api/v1/events?limit=3", "/api/trpc/event.list?input=%7B%7D", "/feeds/events.atom"]) {
      const res = await fetch(`${webUrl}${path}`);
      expect(res.status, path).toBe(200);
      await res.arrayBuffer();
    }
    const ports = openPorts(pid);
    const db = new pg.Client(process.env.TIES_E2E_DATABASE_URL);
    await db.connect();
    try {
      const { rows } = await db.query<{ client_port: number; query: string }>(
        "SELECT client_port, query FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
      );
      const own = rows.filter((r) => ports.has(r.client_port));
      // One listener where each bundle used to open its own (three, each beside its own pool).
      expect(own.filter((r) => r.query.startsWith("LISTEN"))).toHaveLength(1);
    } finally {
      await db.end();
    }
  });

  it("web: was built with its messages compiled, so no request parses a message", () => {
    const server = join(import.meta.dirname, "../../apps/web/.next/server");
    const code = readdirSync(server, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".js"));
    expect(code.length).toBeGreaterThan(10);
    // intl-messageformat's class, which parses a message's text on first use in every request.
    expect(code.filter((f) => readFileSync(join(server, f), "utf8").includes("IntlMessageFormat"))).toEqual([]);
  });
});
