import { DATA_LICENCE } from "@ties/api/feeds";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { alternates, type LocaleParams, pageLocale } from "../../../i18n/page";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "openData" });
  return { title: t("title"), description: t("description"), alternates: alternates(locale, "/open-data") };
}

export default async function OpenDataPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "openData" });
  return (
    <>
      <h1>{t("title")}</h1>
      <p>
        {t.rich("licence", {
          licence: () => (
            <a href={DATA_LICENCE.url} rel="license">
              {DATA_LICENCE.name}
            </a>
          ),
        })}
      </p>
      <h2>{t("downloads")}</h2>
      <ul>
        <li>
          <a href="/data/ties.json">{t("json")}</a>: {t("jsonBody")}
        </li>
        <li>
          <a href="/data/events.csv">{t("csv")}</a>: {t("csvBody")}
        </li>
      </ul>
      <h2>{t("feeds")}</h2>
      <ul>
        <li>
          <a href="/feeds/events.atom">{t("atom")}</a>
        </li>
        <li>
          <a href="/feeds/calendar.ics">{t("ics")}</a>
        </li>
      </ul>
      <h2>{t("api")}</h2>
      <p>
        {t.rich("apiBody", {
          v1: () => <a href="/api/v1/events">/api/v1</a>,
          openapi: () => <a href="/api/openapi.json">OpenAPI</a>,
        })}
      </p>
    </>
  );
}
