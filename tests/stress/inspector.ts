/**
 * Looking inside a running app's memory through its inspector (an app started with
 * `--inspect=127.0.0.1:<port>`): a full garbage collection, the process's memory figures after
 * it, the V8 heap spaces, and heap snapshots written to a file. Used by the load test when
 * STRESS_INSPECT=1 to tell what is kept (heap used after a collection) from what the runtime
 * merely holds (heap committed, native memory). Needs a WebSocket (node --experimental-websocket
 * on Node 20; built in from Node 22).
 */
import { createWriteStream } from "node:fs";

export interface MemoryFigures {
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  /** Per V8 heap space: size (committed) and used, in bytes. */
  spaces: Record<string, { size: number; used: number }>;
}

export interface Inspector {
  /** A full, compacting collection (as a heap snapshot does). */
  collectGarbage(): Promise<void>;
  memory(): Promise<MemoryFigures>;
  /** Writes a heap snapshot (after a collection) to `file`. */
  snapshot(file: string): Promise<void>;
  /** How many live objects have the prototype `prototypeExpression` evaluates to (collects first). */
  countObjects(prototypeExpression: string): Promise<number>;
  /** Evaluates an expression in the app's main context and returns its JSON value. */
  evaluate<T>(expression: string): Promise<T>;
  close(): void;
}

interface Message {
  id?: number;
  method?: string;
  params?: { chunk?: string };
  result?: { result?: { value?: unknown; objectId?: string }; objects?: { objectId?: string }; exceptionDetails?: unknown };
  error?: { message: string };
}

export async function connectInspector(port: number): Promise<Inspector> {
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as { webSocketDebuggerUrl: string }[];
  const url = targets[0]?.webSocketDebuggerUrl;
  if (!url) throw new Error(`No inspector target on port ${port}`);
  const ws = new WebSocket(url);
  await new Promise((resolve, reject) => {
    ws.addEventListener("open", resolve, { once: true });
    ws.addEventListener("error", reject, { once: true });
  });
  let next = 1;
  const waiting = new Map<number, { resolve: (m: Message) => void; reject: (e: Error) => void }>();
  let onChunk: ((chunk: string) => void) | null = null;
  ws.addEventListener("message", (e) => {
    const m = JSON.parse(String(e.data)) as Message;
    if (m.method === "HeapProfiler.addHeapSnapshotChunk") onChunk?.(m.params?.chunk ?? "");
    if (m.id === undefined) return;
    const w = waiting.get(m.id);
    waiting.delete(m.id);
    if (m.error) w?.reject(new Error(m.error.message));
    else w?.resolve(m);
  });
  const send = (method: string, params: object = {}) =>
    new Promise<Message>((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject });
      ws.send(JSON.stringify({ id, method, params }));
    });
  const evaluate = async <T>(expression: string): Promise<T> => {
    // The command line API gives the expression `require`, which an ES module's context lacks.
    const m = await send("Runtime.evaluate", { expression, returnByValue: true, awaitPromise: true, includeCommandLineAPI: true });
    if (m.result?.exceptionDetails) throw new Error(`${expression}: ${JSON.stringify(m.result.exceptionDetails)}`);
    return m.result?.result?.value as T;
  };
  await send("Runtime.enable");
  await send("HeapProfiler.enable");
  return {
    async collectGarbage() {
      await send("HeapProfiler.collectGarbage");
    },
    async memory() {
      const usage = await evaluate<Omit<MemoryFigures, "spaces">>("process.memoryUsage()");
      const spaces = await evaluate<{ space_name: string; space_size: number; space_used_size: number }[]>(
        "require('node:v8').getHeapSpaceStatistics()",
      );
      return {
        ...usage,
        spaces: Object.fromEntries(spaces.map((s) => [s.space_name, { size: s.space_size, used: s.space_used_size }])),
      };
    },
    async snapshot(file) {
      const out = createWriteStream(file);
      onChunk = (chunk) => out.write(chunk);
      await send("HeapProfiler.takeHeapSnapshot", { reportProgress: false });
      onChunk = null;
      await new Promise((resolve) => out.end(resolve));
    },
    async countObjects(prototypeExpression) {
      const proto = await send("Runtime.evaluate", { expression: prototypeExpression, includeCommandLineAPI: true });
      const prototypeObjectId = proto.result?.result?.objectId;
      if (!prototypeObjectId) throw new Error(`${prototypeExpression} is not an object`);
      const found = await send("Runtime.queryObjects", { prototypeObjectId });
      const length = await send("Runtime.callFunctionOn", {
        objectId: found.result?.objects?.objectId,
        functionDeclaration: "function () { return this.length; }",
        returnByValue: true,
      });
      await send("Runtime.releaseObject", { objectId: found.result?.objects?.objectId });
      await send("Runtime.releaseObject", { objectId: prototypeObjectId });
      return length.result?.result?.value as number;
    },
    evaluate,
    close() {
      ws.close();
    },
  };
}
