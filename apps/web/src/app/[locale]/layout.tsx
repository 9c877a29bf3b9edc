import type { Metadata, Viewport } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LanguageSwitcher } from "../../components/language-switcher";
import { href, type LocaleParams, pageLocale } from "../../i18n/page";
import { siteUrl } from "../../server/downloads";
import { siteName } from "../../server/site";
import "../globals.css";

/**
 * No page is rendered while building (there may be no database then): each is rendered on its
 * first request, kept, and dropped when the record it shows changes (see server/page-cache.ts).
 * An hour is the longest any is kept, for what changes with the date alone (a commitment falls
 * overdue).
 */
export function generateStaticParams() {
  return [];
}
export const revalidate = 3600;

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "site" });
  const names = siteName(locale);
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: `Ties: ${names.label}`, template: "%s · Ties" },
    description: t("description", { between: names.between }),
    applicationName: "Ties",
    manifest: "/manifest.webmanifest",
    openGraph: { siteName: "Ties", locale: { en: "en_CA", fr: "fr_CA", ko: "ko_KR" }[locale], type: "website" },
    twitter: { card: "summary_large_image" },
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf7" },
    { media: "(prefers-color-scheme: dark)", color: "#15171a" },
  ],
};

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: LocaleParams }) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "nav" });
  const names = siteName(locale);
  const link = (path: string) => href(locale, path);
  return (
    <html lang={locale}>
      <body>
        <a href="#main" className="skip-link">
          {t("skip")}
        </a>
        <header className="site-header">
          <a href={link("/")} className="brand">
            Ties <span>{names.label}</span>
          </a>
          <nav aria-label={t("site")} className="site-nav">
            <ul>
              <li>
                <a href={link("/events")}>{t("timeline")}</a>
              </li>
              <li>
                <a href={link("/agreements")}>{t("agreements")}</a>
              </li>
              <li>
                <a href={link("/commitments")}>{t("commitments")}</a>
              </li>
              <li>
                <a href={link("/people")}>{t("people")}</a>
              </li>
              <li>
                <a href={link("/sources")}>{t("sources")}</a>
              </li>
              <li>
                <a href={link("/search")}>{t("search")}</a>
              </li>
            </ul>
          </nav>
          <LanguageSwitcher current={locale} label={t("languages")} />
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <nav aria-label={t("more")}>
            <ul>
              <li>
                <a href={link("/organizations")}>{t("organizations")}</a>
              </li>
              <li>
                <a href={link("/areas")}>{t("areas")}</a>
              </li>
              <li>
                <a href={link("/claims")}>{t("claims")}</a>
              </li>
              <li>
                <a href={link("/methodology")}>{t("methodology")}</a>
              </li>
              <li>
                <a href={link("/open-data")}>{t("openData")}</a>
              </li>
            </ul>
          </nav>
          <p>{t("footer")}</p>
        </footer>
      </body>
    </html>
  );
}
