/**
 * The public contract as an integrator meets it on the built web app: the OpenAPI document clean
 * under Redocly's recommended rules, the /api/v1 index, the statistics the site shows over REST,
 * and validation errors that read as sentences and still name each bad field.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { allProcedures, appRouter, missingExamples, procedureSchemas, REST_RESOURCES } from "@ties/api";
import { ZActivityStats, ZRecordTotals } from "@ties/domain";
import { describe, expect, it } from "vitest";
import { asError, asRecord, getJson, WEB_URL } from "./served-apps";

const root = join(import.meta.dirname, "../..");

describe.skipIf(!WEB_URL)("the public contract", () => {
  const api = (path: string) => `${WEB_URL}/api/v1${path}`;

  it("serves an OpenAPI document with examples throughout and no error or warning under Redocly's recommended rules", async () => {
    const res = await fetch(`${WEB_URL}/api/openapi.json`);
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.servers).toEqual([expect.objectContaining({ url: "/" })]);
    // Every parameter, every answer and every error shows an example (Redocly checks they fit their schemas).
    expect(missingExamples(doc)).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), "ties-openapi-"));
    try {
      const file = join(dir, "openapi.json");
      writeFileSync(file, JSON.stringify(doc));
      // Run without blocking: a blocked event loop misses the server closing idle connections, and
      // the next test's first request would go out on a closed one.
      const r = await new Promise<{ status: number | null; stdout: string }>((resolve) => {
        const child = execFile(
          join(root, "node_modules/.bin/redocly"),
          ["lint", "--extends=recommended", "--format=json", file],
          {
            cwd: dir,
            encoding: "utf8",
            timeout: 120_000,
            maxBuffer: 16 * 1024 * 1024,
            env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
          },
          (_error, stdout) => resolve({ status: child.exitCode, stdout }),
        );
      });
      const report: { totals?: { errors: number; warnings: number }; problems?: { ruleId: string; message: string }[] } = JSON.parse(
        r.stdout.slice(r.stdout.indexOf("{")),
      );
      expect(report.problems?.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
      expect(report.totals).toEqual(expect.objectContaining({ errors: 0, warnings: 0 }));
      expect(r.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("answers /api/v1 with an index whose every link works", async () => {
    const r = await getJson(api(""));
    expect(r.status).toBe(200);
    const index = asRecord(r.body);
    const resources = index.resources as { name: string; href: string; item: string | null; description: string }[];
    expect(resources.map((x) => x.name)).toEqual(REST_RESOURCES.map((x) => x.segment));
    for (const x of resources) {
      expect(x.description.length).toBeGreaterThan(10);
      const target = await fetch(`${WEB_URL}${x.href}${x.name === "search" ? "?q=Canada" : ""}`);
      expect(target.status, x.href).toBe(200);
    }
    expect((await fetch(`${WEB_URL}${String(index.openapi)}`)).status).toBe(200);
    expect((await getJson(api("?limit=1"))).status).toBe(400);
  });

  it("serves the statistics the site shows, in the procedures' own shapes", async () => {
    const activity = await getJson(api("/stats/activity?from=2000-01-01"));
    expect(activity.status, JSON.stringify(activity.body)).toBe(200);
    const stats = ZActivityStats.parse(activity.body);
    expect(stats.byYear.some((y) => y.events > 0)).toBe(true);
    const totals = await getJson(api("/stats/totals"));
    expect(totals.status).toBe(200);
    expect(ZRecordTotals.parse(totals.body).events).toBeGreaterThan(0);
    // Both come from the same procedures as tRPC's stats.*.
    const procedure = allProcedures(appRouter).find((p) => p.path === "stats.totals")?.procedure;
    expect(procedure && procedureSchemas(procedure).output).toBe(ZRecordTotals);
    const bad = await getJson(api("/stats/totals?year=2020"));
    expect(bad.status).toBe(400);
    expect(asError(bad.body).error.fields).toHaveProperty("year");
    expect((await getJson(api("/stats/activity?from=yesterday"))).status).toBe(400);
    expect((await getJson(api("/stats"))).status).toBe(404);
  });

  it("says what is wrong with input in a sentence, over REST and tRPC, and keeps the field list", async () => {
    const rest = await getJson(api("/events?limit=1000"));
    expect(rest.status).toBe(400);
    expect(asError(rest.body).error).toEqual({
      code: "BAD_REQUEST",
      message: "Query is invalid: limit: must be at most 100",
      fields: { limit: ["must be at most 100"] },
    });

    const trpc = await getJson(
      `${WEB_URL}/api/trpc/event.list?input=${encodeURIComponent(JSON.stringify({ limit: 1000, type: "summitt" }))}`,
    );
    expect(trpc.status).toBe(400);
    const error = asRecord(asRecord(trpc.body).error);
    expect(error.message).toBe("limit: must be at most 100 (and 1 more field)");
    expect(asRecord(error.data).fields).toEqual({
      limit: ["must be at most 100"],
      type: [expect.stringMatching(/^must be one of "meeting", .*"summit"/)],
    });
  });
});
