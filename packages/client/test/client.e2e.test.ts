/**
 * The client against the built web app the global setup serves: typed calls, cursor pagination,
 * error codes, and the runnable example printing real events and an agreement timeline.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collectAll, createTiesClient, type EventSummary, MAX_BATCH_ITEMS, paginate, tiesErrorOf } from "../src/index";

const WEB_URL = process.env.TIES_E2E_WEB_URL;
// Only an explicit TIES_E2E=0 skips these; missing apps otherwise fail the run.
if (!WEB_URL && process.env.TIES_E2E !== "0")
  throw new Error("The apps are not served: build them first (npm test does), or set TIES_E2E=0");
const root = join(import.meta.dirname, "../../..");

describe.skipIf(!WEB_URL)("@ties/client against the web app", () => {
  const ties = createTiesClient({ url: WEB_URL ?? "" });

  it("returns typed events from event.list", async () => {
    const page = await ties.event.list.query({ limit: 3 });
    const first: EventSummary | undefined = page.items[0];
    expect(page.items.length).toBe(3);
    expect(first?.title.en.length).toBeGreaterThan(0);
    expect(typeof page.nextCursor).toBe("string");
    const one = await ties.event.byId.query({ id: first?.slug ?? "" });
    expect(one.id).toBe(first?.id);
  });

  it("pages through every event with paginate, matching one big page", async () => {
    const all = await ties.event.list.query({ limit: 100 });
    const walked = await collectAll((cursor) => ties.event.list.query({ limit: 2, cursor }));
    expect(walked.map((e) => e.id)).toEqual(all.items.map((e) => e.id));
    let n = 0;
    for await (const _ of paginate((cursor) => ties.agreement.list.query({ limit: 1, cursor }), { maxPages: 2 })) n++;
    expect(n).toBe(2);
  });

  it("batches parallel calls within the server's cap", async () => {
    const results = await Promise.all(Array.from({ length: MAX_BATCH_ITEMS + 3 }, () => ties.event.list.query({ limit: 1 })));
    expect(results.every((r) => r.items.length === 1)).toBe(true);
  });

  it("reports API errors with their code and fields", async () => {
    const notFound = await ties.event.byId.query({ id: "no-such-event-here" }).catch((e: unknown) => e);
    expect(tiesErrorOf(notFound)?.code).toBe("NOT_FOUND");
    const bad = await ties.event.list.query({ limit: 1000 }).catch((e: unknown) => e);
    const info = tiesErrorOf(bad);
    expect(info?.code).toBe("BAD_REQUEST");
    expect(info?.httpStatus).toBe(400);
    expect(Object.keys(info?.fields ?? {})).toContain("limit");
    expect(info?.message).toBe("limit: must be at most 100");
  });

  it("sends custom headers and uses a custom fetch", async () => {
    const seen: string[] = [];
    const custom = createTiesClient({
      url: `${WEB_URL}/`,
      headers: () => ({ "x-ties-test": "1" }),
      fetch: (input, init) => {
        seen.push(new Headers(init?.headers).get("x-ties-test") ?? "");
        return fetch(input, init);
      },
    });
    await custom.area.list.query({ limit: 1 });
    expect(seen).toEqual(["1"]);
  });

  it("runs examples/latest-events.ts, printing events and an agreement timeline", async () => {
    const latest = await ties.event.list.query({ limit: 1 });
    const r = spawnSync(join(root, "node_modules/.bin/tsx"), ["examples/latest-events.ts", WEB_URL ?? ""], {
      cwd: join(import.meta.dirname, ".."),
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("Latest events from");
    expect(r.stdout).toContain(latest.items[0]?.title.en ?? "(none)");
    expect(r.stdout).toMatch(/Status timeline: .+\(now \w+\)\n( {2}\S+\s+\w+.* -> \w+\n?)+/);
  });
});
