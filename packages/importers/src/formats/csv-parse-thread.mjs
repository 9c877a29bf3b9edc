// Parses a CSV file with csv-parse on a worker thread (csv-thread.ts), so the main thread checks
// and maps rows while the next ones are parsed on another core. Plain JavaScript: the thread loads
// csv-parse alone. Records go to the main thread 500 at a time, at most AHEAD batches ahead of it
// (the main thread grants one more each time it takes one), so memory stays flat. Records read
// before a malformed one are sent, then the parser's error, as csv-parse itself gives them.
// A batch travels as one string of its fields end to end and the offsets where each field and
// record ends: copying one string to the main thread costs a fraction of cloning many small ones.
import { createReadStream } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { parse } from "csv-parse";

const BATCH = 500;
const AHEAD = 8;

const port = parentPort;
/** Batches the main thread has taken (a message each way would cost more than the batch). */
const taken = new Int32Array(workerData.taken);
let sent = 0;
// A wait on shared memory does not keep a thread alive: a listening port does, until closed.
port.on("message", () => undefined);

let fields = [];
let fieldEnds = [];
let recordEnds = [];
let lines = [];
let length = 0;
async function send() {
  for (let seen = Atomics.load(taken, 0); sent - seen >= AHEAD; seen = Atomics.load(taken, 0))
    await Atomics.waitAsync(taken, 0, seen).value;
  sent++;
  const batch = {
    text: fields.join(""),
    fieldEnds: Uint32Array.from(fieldEnds),
    recordEnds: Uint32Array.from(recordEnds),
    lines: Uint32Array.from(lines),
  };
  port.postMessage(batch, [batch.fieldEnds.buffer, batch.recordEnds.buffer, batch.lines.buffer]);
  fields = [];
  fieldEnds = [];
  recordEnds = [];
  lines = [];
  length = 0;
}

const parser = createReadStream(workerData.file).pipe(parse(workerData.options));
try {
  for await (const { record, info } of parser) {
    for (const field of record) {
      fields.push(field);
      length += field.length;
      fieldEnds.push(length);
    }
    recordEnds.push(fieldEnds.length);
    lines.push(info.lines);
    if (lines.length === BATCH) await send();
  }
  if (lines.length) await send();
  port.postMessage({ end: true });
} catch (e) {
  if (lines.length) await send();
  port.postMessage({ error: { message: e?.message ?? String(e), lines: e?.lines } });
}
port.close();
