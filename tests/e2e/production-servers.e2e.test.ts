/**
 * What the running apps hold in memory: a production server reads its configuration without a
 * compiler, so neither the public site nor the admin app has SWC (some 25-40 MB resident), nor
 * next-intl's build-time plugin with its file watcher, loaded once it has served pages. The public
 * site's messages are compiled when it is built, so its server has no ICU message parser either.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
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

  it("web: was built with its messages compiled, so no request parses a message", () => {
    const server = join(import.meta.dirname, "../../apps/web/.next/server");
    const code = readdirSync(server, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".js"));
    expect(code.length).toBeGreaterThan(10);
    // intl-messageformat's class, which parses a message's text on first use in every request.
    expect(code.filter((f) => readFileSync(join(server, f), "utf8").includes("IntlMessageFormat"))).toEqual([]);
  });
});
