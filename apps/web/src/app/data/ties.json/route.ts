import { openDatasetText } from "@ties/api/feeds";
import { publicApi } from "../../../server/api";
import { keptDownload, siteUrl } from "../../../server/downloads";

export const dynamic = "force-dynamic";

/** The whole published record; its version, known once it is written, names the kept file. */
export function GET(request: Request) {
  return keptDownload(request, {
    type: "application/json; charset=utf-8",
    filename: (version, day) => (version ? `ties-${version}-${day}.json` : `ties-${day}.json`),
    write: (today) => openDatasetText(publicApi(), { siteUrl: siteUrl(), today }),
  });
}
