import { AGREEMENT_STATUSES, type AgreementSummary } from "@ties/domain";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AgreementBadge, CommitmentBadge } from "../../components/badges";
import { EventItem } from "../../components/event-item";
import { Localized } from "../../components/localized";
import { formatDate } from "../../i18n/format";
import { alternates, href, type LocaleParams, pageLocale } from "../../i18n/page";
import { publicApi } from "../../server/api";
import { listsRecords } from "../../server/page-cache";
import { allAgreements } from "../../server/records";
import { siteName } from "../../server/site";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  return { alternates: alternates(locale, "/") };
}

export default async function Home({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "home" });
  const agreements = await allAgreements();
  await listsRecords("event", "commitment");
  const api = publicApi();
  const [events, overdue, upcoming] = await Promise.all([
    api.event.list({ limit: 20 }),
    api.commitment.list({ status: "overdue", limit: 10 }),
    api.commitment.list({ status: "not_yet_due", limit: 10 }),
  ]);
  const byStatus = new Map<AgreementSummary["status"], AgreementSummary[]>();
  for (const a of agreements) byStatus.set(a.status, [...(byStatus.get(a.status) ?? []), a]);
  const commitments = [...overdue.items, ...upcoming.items];
  const names = siteName(locale);
  return (
    <>
      <h1>{t("title", { label: names.label })}</h1>
      <p className="lede">{t("lede", { between: names.between })}</p>
      <section aria-labelledby="latest">
        <h2 id="latest">{t("latest")}</h2>
        <ol className="events" aria-labelledby="latest">
          {events.items.map((e) => (
            <EventItem key={e.id} event={e} locale={locale} summary />
          ))}
        </ol>
        {events.items.length === 0 && <p>{t("noEvents")}</p>}
        <p>
          <a href={href(locale, "/events")}>{t("wholeTimeline")}</a>
        </p>
      </section>
      <section aria-labelledby="due">
        <h2 id="due">{t("commitments")}</h2>
        {commitments.length === 0 ? (
          <p>{t("noCommitments")}</p>
        ) : (
          <ul className="commitments">
            {commitments.map((c) => (
              <li key={c.id}>
                <CommitmentBadge status={c.status} locale={locale} />{" "}
                <a href={href(locale, `/commitments/${c.slug}`)}>
                  <Localized value={c.text} locale={locale} />
                </a>
                {c.due && <span className="meta"> · {t("due", { date: formatDate(c.due, locale) })}</span>}
              </li>
            ))}
          </ul>
        )}
        <p>
          <a href={href(locale, "/commitments")}>{t("tracker")}</a>
        </p>
      </section>
      <section aria-labelledby="agreements">
        <h2 id="agreements">{t("agreements")}</h2>
        <dl className="agreements">
          {AGREEMENT_STATUSES.filter((s) => byStatus.has(s)).map((status) => (
            <div key={status}>
              <dt>
                <AgreementBadge status={status} locale={locale} />
              </dt>
              {byStatus.get(status)!.map((a) => (
                <dd key={a.id}>
                  <a href={href(locale, `/agreements/${a.slug}`)}>
                    {a.shortName && `${a.shortName}: `}
                    <Localized value={a.name} locale={locale} />
                  </a>
                </dd>
              ))}
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}
