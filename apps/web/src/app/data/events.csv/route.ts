import { allPages, DATA_LICENCE, eventsCsv } from "@ties/api/feeds";
import { publicApi } from "../../../server/api";
import { download, siteUrl } from "../../../server/downloads";

export const dynamic = "force-dynamic";

export async function GET() {
  const api = publicApi();
  const events = await allPages((cursor) => api.event.list({ limit: 100, cursor }));
  const res = download(eventsCsv(events, siteUrl()), "text/csv; charset=utf-8; header=present", "ties-events.csv");
  res.headers.set("link", `<${DATA_LICENCE.url}>; rel="license"`);
  return res;
}
