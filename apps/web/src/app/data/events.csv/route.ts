import { DATA_LICENCE, eachPage, eventsCsvStream } from "@ties/api/feeds";
import { publicApi } from "../../../server/api";
import { download, siteUrl } from "../../../server/downloads";

export const dynamic = "force-dynamic";

/** Every published event, one row each, written as the pages are read (the first bytes leave at once, whatever the record's size). */
export async function GET() {
  const api = publicApi();
  const pages = eachPage((cursor) => api.event.list({ limit: 100, cursor }));
  const res = download(eventsCsvStream(pages, siteUrl()), "text/csv; charset=utf-8; header=present", "ties-events.csv");
  res.headers.set("link", `<${DATA_LICENCE.url}>; rel="license"`);
  return res;
}
