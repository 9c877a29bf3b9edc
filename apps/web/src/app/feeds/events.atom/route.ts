import { eventsAtom } from "@ties/api/feeds";
import { publicApi } from "../../../server/api";
import { download, siteUrl } from "../../../server/downloads";
import { site } from "../../../server/site";

export const dynamic = "force-dynamic";

export async function GET() {
  const { items } = await publicApi().event.list({ limit: 50 });
  const updated = `${items[0]?.dateLast ?? "1970-01-01"}T00:00:00Z`;
  return download(eventsAtom(items, { siteUrl: siteUrl(), title: `Ties: ${site().label} events`, updated }), "application/atom+xml; charset=utf-8");
}
