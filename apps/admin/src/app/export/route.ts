/**
 * GET /export: the whole record (every kind and state, positions, citations, claims, revisions,
 * audit entries, imports, users without password hashes) as the versioned JSON Lines that
 * `npm run restore` reads back. Editors and admins: it holds drafts and accounts.
 */
import { createReadStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { exportDatabase } from "@ties/db/ops";
import { roleAtLeast } from "@ties/domain";
import { db, serverApi } from "../../server/services";

export async function GET() {
  const { user } = await serverApi();
  if (!user) return Response.json({ error: { code: "UNAUTHORIZED", message: "Sign in to do this" } }, { status: 401 });
  if (!roleAtLeast(user.role, "editor"))
    return Response.json({ error: { code: "FORBIDDEN", message: "This needs the editor role" } }, { status: 403 });
  // Written to a file first: the export reads one consistent snapshot, and a failure leaves no half download.
  const dir = await mkdtemp(join(tmpdir(), "ties-export-"));
  const file = join(dir, "export.jsonl");
  try {
    await exportDatabase(db(), file);
  } catch (e) {
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
  const stream = createReadStream(file);
  stream.on("close", () => void rm(dir, { recursive: true, force: true }));
  const name = `ties-${new Date().toISOString().replace(/[:.]/g, "-")}.jsonl`;
  return new Response(Readable.toWeb(stream) as ReadableStream, {
    headers: {
      "content-type": "application/x-ndjson; charset=utf-8",
      "content-disposition": `attachment; filename="${name}"`,
      "cache-control": "no-store",
    },
  });
}
