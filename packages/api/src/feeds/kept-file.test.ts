/** A download kept as a file: kept only when whole and unchanged, for its day, one at a time. */
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { keptFiles } from "./kept-file";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "kept-file-test-"));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

/** A writer of `pieces` returning `version`, calling `during` after its first piece. */
async function* writer(pieces: string[], version: string, during?: () => void): AsyncGenerator<string, string> {
  for (const [i, piece] of pieces.entries()) {
    yield piece;
    if (i === 0) during?.();
  }
  return version;
}

async function readAll<T>(gen: AsyncGenerator<string, T>): Promise<{ text: string; value: T }> {
  let text = "";
  for (let next = await gen.next(); ; next = await gen.next()) {
    if (next.done) return { text, value: next.value };
    text += next.value;
  }
}

const changes = () => ({ version: 1, listening: true });

describe("a download kept as a file", () => {
  it("passes the pieces through and sends the same bytes from the file afterwards, for that day only", async () => {
    const files = keptFiles(changes(), { name: "data", dir });
    expect(await files.current("2026-12-01")).toBeNull();
    const sent = await readAll(files.keep("2026-12-01", writer(['{"a":', ' "é"}'], "v1")));
    expect(sent).toEqual({ text: '{"a": "é"}', value: "v1" });
    const kept = await files.current("2026-12-01");
    expect(kept?.version).toBe("v1");
    expect(kept?.etag).toMatch(/^"[\w-]{22}"$/);
    expect(kept?.bytes).toBe(Buffer.byteLength('{"a": "é"}'));
    expect(await new Response(kept?.body).text()).toBe('{"a": "é"}');
    expect(await files.current("2026-12-02")).toBeNull();
    expect(await readdir(dir)).toHaveLength(1);
  });

  it("keeps nothing when the record changes while it is written, or when changes cannot be heard", async () => {
    const state = changes();
    const files = keptFiles(state, { name: "data", dir });
    await readAll(
      files.keep(
        "2026-12-01",
        writer(["a", "b"], "v1", () => state.version++),
      ),
    );
    expect(await files.current("2026-12-01")).toBeNull();

    state.listening = false;
    await readAll(files.keep("2026-12-01", writer(["a", "b"], "v1")));
    expect(await files.current("2026-12-01")).toBeNull();
    expect(await readdir(dir)).toEqual([]);
  });

  it("keeps nothing when the reader stops early, and stops the writer", async () => {
    const files = keptFiles(changes(), { name: "data", dir });
    let stopped = false;
    async function* watched(): AsyncGenerator<string, string> {
      try {
        yield "a";
        yield "b";
        return "v1";
      } finally {
        stopped = true;
      }
    }
    const gen = files.keep("2026-12-01", watched());
    expect((await gen.next()).value).toBe("a");
    await gen.return("");
    expect(stopped).toBe(true);
    expect(await files.current("2026-12-01")).toBeNull();
    expect(await readdir(dir)).toEqual([]);
  });

  it("writes one file at a time, and a newer file replaces the older", async () => {
    const state = changes();
    const files = keptFiles(state, { name: "data", dir });
    const first = files.keep("2026-12-01", writer(["a", "b"], "v1"));
    await first.next();
    // A second reader meanwhile is answered without writing a file of its own.
    expect(await readAll(files.keep("2026-12-01", writer(["x"], "other")))).toEqual({ text: "x", value: "other" });
    await readAll(first);
    expect((await files.current("2026-12-01"))?.version).toBe("v1");

    state.version++;
    expect(await files.current("2026-12-01")).toBeNull();
    await readAll(files.keep("2026-12-01", writer(["c"], "v2")));
    const kept = await files.current("2026-12-01");
    expect(await new Response(kept?.body).text()).toBe("c");
    expect(await readdir(dir)).toHaveLength(1);
  });

  it("writes into a private folder of its own process, removing those that dead processes left behind", async () => {
    const dead = spawnSync(process.execPath, ["-e", ""]).pid;
    const name = `test${process.pid}`;
    const left = join(tmpdir(), `ties-${name}-${dead}-abc`);
    await mkdir(left);
    const files = keptFiles(changes(), { name });
    await readAll(files.keep("2026-12-01", writer(["a"], "v1")));
    const mine = (await readdir(tmpdir())).filter((f) => f.startsWith(`ties-${name}-`));
    expect(mine).toEqual([expect.stringMatching(new RegExp(`^ties-${name}-${process.pid}-`))]);
    expect(await readdir(join(tmpdir(), mine[0] ?? ""))).toHaveLength(1);
    await rm(join(tmpdir(), mine[0] ?? ""), { recursive: true });
  });
});
