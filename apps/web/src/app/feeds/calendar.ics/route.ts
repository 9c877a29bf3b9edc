import { allPages, datesCalendarStream, eachPage } from "@ties/api/feeds";
import { todayUtc } from "@ties/domain";
import { publicApi } from "../../../server/api";
import { download, siteUrl } from "../../../server/downloads";
import { site } from "../../../server/site";

export const dynamic = "force-dynamic";

/** Open commitments' due dates, then every event, written as the events' pages are read. */
export async function GET() {
  const api = publicApi();
  const commitments = await allPages((cursor) => api.commitment.list({ limit: 100, cursor }));
  const events = eachPage((cursor) => api.event.list({ limit: 100, cursor }));
  const body = datesCalendarStream(commitments, events, {
    siteUrl: siteUrl(),
    name: `Ties: ${site().label} dates`,
    stamp: `${todayUtc()}T00:00:00Z`,
  });
  return download(body, "text/calendar; charset=utf-8", "ties-dates.ics");
}
