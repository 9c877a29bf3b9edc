import { keptFiles, openDatasetText, textStream } from "@ties/api/feeds";
import { processRecordChanges } from "@ties/db";
import { todayUtc } from "@ties/domain";
import { publicApi } from "../../../server/api";
import { download, siteUrl } from "../../../server/downloads";
import { env } from "../../../server/env";

export const dynamic = "force-dynamic";

const TYPE = "application/json; charset=utf-8";
let files: ReturnType<typeof keptFiles> | null = null;

/**
 * The whole published record, written as it is read; once written whole, kept as a file for the
 * rest of the day until the record changes, and then sent from it with its version in its name.
 */
export async function GET(request: Request) {
  files ??= keptFiles(processRecordChanges(env().DATABASE_URL), { name: "open-data" });
  const today = todayUtc();
  const kept = await files.current(today);
  if (kept) {
    const etag = `"${kept.version}-${today}"`;
    if (request.headers.get("if-none-match") === etag) {
      await kept.body.cancel();
      return new Response(null, { status: 304, headers: { etag } });
    }
    const res = download(kept.body, TYPE, `ties-${kept.version}-${today}.json`);
    res.headers.set("content-length", String(kept.bytes));
    res.headers.set("etag", etag);
    return res;
  }
  const text = openDatasetText(publicApi(), { siteUrl: siteUrl(), today });
  return download(textStream(files.keep(today, text)), TYPE, `ties-${today}.json`);
}
