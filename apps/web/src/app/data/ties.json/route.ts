import { openDataset } from "@ties/api/feeds";
import { todayUtc } from "@ties/domain";
import { publicApi } from "../../../server/api";
import { download, siteUrl } from "../../../server/downloads";

export const dynamic = "force-dynamic";

export async function GET() {
  const data = await openDataset(publicApi(), { siteUrl: siteUrl(), today: todayUtc() });
  return download(JSON.stringify(data, null, 2), "application/json; charset=utf-8", `ties-${data.version}-${data.statusesAsOf}.json`);
}
