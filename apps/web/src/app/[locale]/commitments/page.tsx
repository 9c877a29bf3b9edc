import { type CommitmentStatus, ENUM_LABELS } from "@ties/domain";
import { getTranslations } from "next-intl/server";
import { CommitmentBadge } from "../../../components/badges";
import { Localized } from "../../../components/localized";
import { formatDate, formatNumber } from "../../../i18n/format";
import { href, type LocaleParams, pageLocale, pageMetadata } from "../../../i18n/page";
import { allCommitments } from "../../../server/records";

export const generateMetadata = pageMetadata("commitments", "/commitments");

/** The scoreboard's order: kept first, then open, then failed. */
const SCORE: CommitmentStatus[] = ["fulfilled", "in_progress", "overdue", "not_yet_due", "abandoned", "superseded"];

/** A tracker: how many commitments are fulfilled, in progress, overdue, not yet due or abandoned, as counts and one bar. */
export default async function CommitmentsPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const [t, commitments] = await Promise.all([getTranslations({ locale, namespace: "commitments" }), allCommitments()]);
  const counts = new Map<CommitmentStatus, number>();
  for (const c of commitments) counts.set(c.status, (counts.get(c.status) ?? 0) + 1);
  const total = commitments.length;
  const labels = ENUM_LABELS[locale].commitmentStatus;
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lede">{t("description")}</p>
      <section aria-labelledby="scoreboard" className="scoreboard">
        <h2 id="scoreboard">{t("scoreboard", { count: total })}</h2>
        <svg className="bar" viewBox={`0 0 ${Math.max(total, 1)} 1`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
          {segments(SCORE, counts).map((seg) => (
            <rect key={seg.status} className={`bar-${seg.status}`} x={seg.x} y={0} width={seg.width} height={1} />
          ))}
        </svg>
        <dl className="score-counts">
          {SCORE.filter((s) => s !== "superseded" || counts.get(s)).map((s) => (
            <div key={s}>
              <dt>
                <span className={`swatch bar-${s}`} aria-hidden="true" /> {labels[s]}
              </dt>
              <dd>{formatNumber(counts.get(s) ?? 0, locale)}</dd>
            </div>
          ))}
        </dl>
      </section>
      {SCORE.map((status) => {
        const list = commitments.filter((c) => c.status === status);
        if (list.length === 0) return null;
        return (
          <section key={status} aria-labelledby={`c-${status}`}>
            <h2 id={`c-${status}`}>{labels[status]}</h2>
            <ul className="commitments">
              {list.map((c) => (
                <li key={c.id}>
                  <CommitmentBadge status={c.status} locale={locale} />{" "}
                  <a href={href(locale, `/commitments/${c.slug}`)}>
                    <Localized value={c.text} locale={locale} />
                  </a>
                  {c.due && <span className="meta"> · {t("due", { date: formatDate(c.due, locale) })}</span>}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

/** The bar's segments, left to right, each as wide as its count. */
function segments(order: CommitmentStatus[], counts: Map<CommitmentStatus, number>) {
  let x = 0;
  return order
    .filter((s) => counts.get(s))
    .map((status) => {
      const width = counts.get(status)!;
      const seg = { status, x, width };
      x += width;
      return seg;
    });
}
