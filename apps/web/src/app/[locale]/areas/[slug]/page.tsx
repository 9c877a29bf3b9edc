import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActivityChart } from "../../../../components/activity-chart";
import { AgreementList } from "../../../../components/agreement-list";
import { CommitmentBadge } from "../../../../components/badges";
import { AllEventsLink, EventItem } from "../../../../components/event-item";
import { Localized } from "../../../../components/localized";
import { pick } from "../../../../i18n/format";
import { alternates, href, pageLocale } from "../../../../i18n/page";
import { areaRecords, loadArea } from "../../../../server/records";

/** Rendered on first request and kept (see the language layout). */
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const a = await loadArea((await params).slug);
  const t = await getTranslations({ locale, namespace: "area" });
  const name = pick(a.name, locale).text;
  return { title: name, description: t("description", { name }), alternates: alternates(locale, `/areas/${a.slug}`) };
}

/** A cooperation area: its activity over time as a chart, then its events, agreements and commitments. */
export default async function AreaPage({ params }: Props) {
  const locale = await pageLocale(params);
  const a = await loadArea((await params).slug);
  const [t, [events, agreements, commitments]] = await Promise.all([getTranslations({ locale, namespace: "area" }), areaRecords(a.slug)]);
  return (
    <article>
      <h1>
        <Localized value={a.name} locale={locale} />
      </h1>
      {a.children.length > 0 && (
        <p>
          {t("includes")}{" "}
          {a.children.map((c, i) => (
            <span key={c.id}>
              {i > 0 && ", "}
              <a href={href(locale, `/areas/${c.slug}`)}>
                <Localized value={c.name} locale={locale} />
              </a>
            </span>
          ))}
        </p>
      )}
      <h2>{t("activity")}</h2>
      <ActivityChart years={a.activityByYear} locale={locale} />
      <h2>{t("events")}</h2>
      {events.items.length === 0 ? (
        <p>{t("noEvents")}</p>
      ) : (
        <>
          <ol className="events">
            {events.items.map((e) => (
              <EventItem key={e.id} event={e} locale={locale} />
            ))}
          </ol>
          <AllEventsLink filter="area" slug={a.slug} locale={locale} label={t("allEvents")} />
        </>
      )}
      {agreements.length > 0 && (
        <>
          <h2>{t("agreements")}</h2>
          <AgreementList agreements={agreements} locale={locale} />
        </>
      )}
      {commitments.length > 0 && (
        <>
          <h2>{t("commitments")}</h2>
          <ul className="commitments">
            {commitments.map((c) => (
              <li key={c.id}>
                <CommitmentBadge status={c.status} locale={locale} />{" "}
                <a href={href(locale, `/commitments/${c.slug}`)}>
                  <Localized value={c.text} locale={locale} />
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
