import { ENUM_LABELS } from "@ties/domain";
import { pageLocale } from "../../../../i18n/page";
import { loadAgreement } from "../../../../server/records";
import { SHARE_SIZE, shareImage } from "../../../../server/share-image";
import { site } from "../../../../server/site";

export const size = SHARE_SIZE;
export const contentType = "image/png";
export const alt = "Ties: an agreement and its status";

export default async function Image({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  // Cards use the English text: the bundled typeface has Latin letters only.
  await pageLocale(params);
  const a = await loadAgreement((await params).slug);
  return shareImage({
    kicker: `${ENUM_LABELS.en.agreementKind[a.kind]} · ${ENUM_LABELS.en.agreementStatus[a.status]}`,
    title: a.shortName ? `${a.shortName}: ${a.name.en}` : a.name.en,
    footer: site().label,
  });
}
