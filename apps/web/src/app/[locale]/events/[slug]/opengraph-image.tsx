import { ENUM_LABELS } from "@ties/domain";
import { formatDate } from "../../../../i18n/format";
import { pageLocale } from "../../../../i18n/page";
import { loadEvent } from "../../../../server/records";
import { SHARE_SIZE, shareImage } from "../../../../server/share-image";
import { site } from "../../../../server/site";

export const size = SHARE_SIZE;
export const contentType = "image/png";
export const alt = "Ties: an event between the two countries";

export default async function Image({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  // Cards use the English text: the bundled typeface has Latin letters only.
  await pageLocale(params);
  const e = await loadEvent((await params).slug);
  return shareImage({
    kicker: `${ENUM_LABELS.en.eventType[e.type]} · ${formatDate(e.date, "en")}`,
    title: e.title.en,
    footer: site().label,
  });
}
