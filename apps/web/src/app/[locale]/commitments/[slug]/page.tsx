import { ENUM_LABELS } from "@ties/domain";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CommitmentBadge } from "../../../../components/badges";
import { Citations, ContestedClaims } from "../../../../components/citations";
import { EnglishOnly, Localized } from "../../../../components/localized";
import { countryName, formatDate, formatList, pick } from "../../../../i18n/format";
import { alternates, href, pageLocale } from "../../../../i18n/page";
import { claimsAbout, loadCommitment } from "../../../../server/records";

/** Rendered on first request and kept (see the language layout). */
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const c = await loadCommitment((await params).slug);
  const text = pick(c.text, locale).text;
  return {
    title: text.slice(0, 80),
    description: `${ENUM_LABELS[locale].commitmentStatus[c.status]}: ${text}`,
    alternates: alternates(locale, `/commitments/${c.slug}`),
  };
}

export default async function CommitmentPage({ params }: Props) {
  const locale = await pageLocale(params);
  const c = await loadCommitment((await params).slug);
  const [t, claims] = await Promise.all([getTranslations({ locale, namespace: "commitment" }), claimsAbout("commitment", c.id)]);
  return (
    <article>
      <p className="kicker">
        {t("by", {
          parties: formatList(
            c.parties.map((p) => countryName(p, locale)),
            locale,
          ),
        })}
      </p>
      <h1>
        <Localized value={c.text} locale={locale} />
      </h1>
      <p>
        <CommitmentBadge status={c.status} locale={locale} />
        {c.late && ` ${t("late")}`} {t("asOf", { date: formatDate(c.asOf, locale) })}
        {c.due && (
          <>
            {" · "}
            {t("due", { date: formatDate(c.due, locale) })}
            {c.dueText && (
              <>
                {" "}
                (“
                <EnglishOnly text={c.dueText} locale={locale} />
                ”)
              </>
            )}
          </>
        )}
      </p>
      {c.event && (
        <p>
          {t("madeAt")}{" "}
          <a href={href(locale, `/events/${c.event.slug}`)} className="made-at">
            <Localized value={c.event.title} locale={locale} />
          </a>
        </p>
      )}
      {c.agreement && (
        <p>
          {t("under")}{" "}
          <a href={href(locale, `/agreements/${c.agreement.slug}`)}>
            {c.agreement.shortName ?? <Localized value={c.agreement.name} locale={locale} />}
          </a>
        </p>
      )}
      <h2>{t("whatBecame")}</h2>
      {c.evidence.length === 0 ? (
        <p>{t("noEvidence")}</p>
      ) : (
        <ul>
          {c.evidence.map((e, i) => (
            <li key={`${e.date}-${i}`}>
              {formatDate(e.date, locale)}: {ENUM_LABELS[locale].commitmentResolution[e.resolution]}
              {e.event && (
                <>
                  {" "}
                  (<a href={href(locale, `/events/${e.event.slug}`)}>{t("evidenceEvent")}</a>)
                </>
              )}
              {e.note && (
                <>
                  {" · "}
                  <EnglishOnly text={e.note} locale={locale} />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <ContestedClaims claims={claims} locale={locale} />
      <Citations citations={c.citations} locale={locale} />
    </article>
  );
}
