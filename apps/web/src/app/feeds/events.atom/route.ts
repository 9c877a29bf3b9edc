import { eventsAtom } from "@ties/api/feeds";
import { publicApi } from "../../../server/api";
import { download, siteUrl } from "../../../server/downloads";
import { site } from "../../../server/site";

export const dynamic = "force-dynamic";

export async function GET() {
  const events = await publicApi().event.recent({ limit: 50 });
  return download(eventsAtom(events, { siteUrl: siteUrl(), title: `Ties: ${site().label} events` }), "application/atom+xml; charset=utf-8");
}
