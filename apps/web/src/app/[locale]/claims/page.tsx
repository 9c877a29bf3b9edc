import type { ClaimVerdict } from "@ties/domain";
import { getTranslations } from "next-intl/server";
import { GradeBadge, VerdictBadge } from "../../../components/badges";
import { href, type LocaleParams, pageLocale, pageMetadata } from "../../../i18n/page";
import { allClaims } from "../../../server/records";

export const generateMetadata = pageMetadata("claimsList", "/claims");

/** Every checked claim, grouped by verdict: false and disputed first, so they are seen. */
export default async function ClaimsPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const [t, claims] = await Promise.all([getTranslations({ locale, namespace: "claimsList" }), allClaims()]);
  const order = ["false", "disputed", "unverified", "supported"] as const satisfies readonly ClaimVerdict[];
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lede">
        {t("description")} <a href={href(locale, "/methodology#verdicts")}>{t("howChecked")}</a>
      </p>
      {order.map((verdict) => {
        const list = claims.filter((c) => c.verdict === verdict);
        if (list.length === 0) return null;
        return (
          <section key={verdict} aria-labelledby={`verdict-${verdict}`}>
            <h2 id={`verdict-${verdict}`}>
              <VerdictBadge verdict={verdict} locale={locale} /> <span className="count">{t("count", { count: list.length })}</span>
            </h2>
            <ul className="claims">
              {list.map((c) => (
                <li key={c.id}>
                  <a href={href(locale, `/claims/${c.slug}`)} lang="en">
                    {c.statement}
                  </a>
                  <p className="meta">
                    <a href={href(locale, `/sources/${c.source.slug}`)} lang="en">
                      {c.source.title}
                    </a>{" "}
                    · {c.source.publisherName} <GradeBadge grade={c.source.grade} locale={locale} />
                  </p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {claims.length === 0 && <p>{t("none")}</p>}
    </>
  );
}
