import { DATA_LICENCE, eachPage, eventsCsvText } from "@ties/api/feeds";
import { publicApi } from "../../../server/api";
import { keptDownload, siteUrl } from "../../../server/downloads";

export const dynamic = "force-dynamic";

/** Every published event, one row each, written as the pages are read (the first bytes leave at once, whatever the record's size). */
export async function GET(request: Request) {
  const res = await keptDownload(request, {
    type: "text/csv; charset=utf-8; header=present",
    filename: () => "ties-events.csv",
    write: () => {
      const api = publicApi();
      return eventsCsvText(
        eachPage((cursor) => api.event.list({ limit: 100, cursor })),
        siteUrl(),
      );
    },
  });
  res.headers.set("link", `<${DATA_LICENCE.url}>; rel="license"`);
  return res;
}
