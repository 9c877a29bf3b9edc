import { DATA_LICENCE, toCsv } from "@ties/api/feeds";
import { publicApi } from "../../../server/api";
import { download, siteUrl } from "../../../server/downloads";

export const dynamic = "force-dynamic";

export async function GET() {
  const api = publicApi();
  const rows: string[][] = [];
  let cursor: string | null = null;
  do {
    const page = await api.event.list({ limit: 100, cursor });
    for (const e of page.items)
      rows.push([e.id, e.slug, e.date, e.dateFirst, e.dateLast, e.precision, e.type, `${e.plover.code}${e.plover.mode ? `/${e.plover.mode}` : ""}`, e.title.en, e.location.city ?? "", e.location.countryCode ?? "", e.areaSlugs.join(" "), `${siteUrl()}/events/${e.slug}`]);
    cursor = page.nextCursor;
  } while (cursor);
  const csv = toCsv(["id", "slug", "date", "first_day", "last_day", "precision", "type", "plover", "title", "city", "country", "areas", "url"], rows);
  const res = download(csv, "text/csv; charset=utf-8; header=present", "ties-events.csv");
  res.headers.set("link", `<${DATA_LICENCE.url}>; rel="license"`);
  return res;
}
