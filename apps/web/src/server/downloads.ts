/** Responses for feeds and downloads: content type, caching, and the site's own absolute URL. */
import "server-only";
import { type KeptFiles, keptFiles, textStream } from "@ties/api/feeds";
import { processRecordChanges } from "@ties/db";
import { todayUtc } from "@ties/domain";
import { env, siteEnv } from "./env";

export const siteUrl = () => siteEnv().WEB_URL.replace(/\/+$/, "");

export function download(body: string | ReadableStream<Uint8Array>, type: string, filename?: string): Response {
  return new Response(body, {
    headers: {
      "content-type": type,
      "cache-control": "public, max-age=300, stale-while-revalidate=3600",
      ...(filename ? { "content-disposition": `attachment; filename="${filename}"` } : {}),
    },
  });
}

const kept = new Map<string, KeptFiles>();

/**
 * A download of the whole record, too large to hold in memory: written as it is read, and once
 * written whole, kept as a file for the rest of the day until the record changes (see keptFiles).
 * From the file it is sent with a strong ETag, and `filename` is given what the writer returned.
 */
export async function keptDownload(
  request: Request,
  opts: {
    type: string;
    filename: (returned: string | undefined, day: string) => string;
    write: (day: string) => AsyncGenerator<string, string | undefined>;
  },
): Promise<Response> {
  const name = new URL(request.url).pathname.replace(/\W+/g, "-").replace(/^-/, "");
  let files = kept.get(name);
  if (!files) {
    files = keptFiles(processRecordChanges(env().DATABASE_URL), { name });
    kept.set(name, files);
  }
  const day = todayUtc();
  const file = await files.current(day);
  if (!file) return download(textStream(files.keep(day, opts.write(day))), opts.type, opts.filename(undefined, day));
  if (request.headers.get("if-none-match") === file.etag) {
    await file.body.cancel();
    return new Response(null, { status: 304, headers: { etag: file.etag } });
  }
  const res = download(file.body, opts.type, opts.filename(file.version, day));
  res.headers.set("etag", file.etag);
  res.headers.set("content-length", String(file.bytes));
  return res;
}
