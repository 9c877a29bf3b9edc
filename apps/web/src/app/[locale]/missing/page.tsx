import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { type LocaleParams, pageLocale } from "../../../i18n/page";
import NotFound from "../not-found";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "notFound" });
  return { title: t("title"), robots: { index: false } };
}

/**
 * The 404 page drawn on the server. Next.js answers a `notFound()` with an empty shell that its
 * client script fills in, and the site sends no client script: the server in front (server.mjs)
 * sends this page's HTML in that shell's place, with the 404 status. Asked for directly, the
 * address is itself not found (see proxy.ts).
 */
export default async function Missing({ params }: { params: LocaleParams }) {
  await pageLocale(params);
  return <NotFound />;
}
