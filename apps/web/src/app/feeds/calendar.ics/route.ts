import { allPages, datesCalendarText, eachPage } from "@ties/api/feeds";
import { publicApi } from "../../../server/api";
import { keptDownload, siteUrl } from "../../../server/downloads";
import { site } from "../../../server/site";

export const dynamic = "force-dynamic";

/** Open commitments' due dates, then every event, written as the events' pages are read. */
export function GET(request: Request) {
  return keptDownload(request, {
    type: "text/calendar; charset=utf-8",
    filename: () => "ties-dates.ics",
    write: async function* (today) {
      const api = publicApi();
      const commitments = await allPages((cursor) => api.commitment.list({ limit: 100, cursor }));
      const events = eachPage((cursor) => api.event.list({ limit: 100, cursor }));
      return yield* datesCalendarText(commitments, events, {
        siteUrl: siteUrl(),
        name: `Ties: ${site().label} dates`,
        stamp: `${today}T00:00:00Z`,
      });
    },
  });
}
