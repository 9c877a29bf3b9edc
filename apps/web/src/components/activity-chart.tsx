import type { Locale, YearCount } from "@ties/domain";
import { useTranslations } from "next-intl";
import { formatNumber } from "../i18n/format";

/**
 * Activity by year as a server-rendered SVG bar chart (events, commitments and milestones stacked),
 * with a table beside it holding the same numbers for screen readers and for reading.
 */
export function ActivityChart({ years, locale }: { years: YearCount[]; locale: Locale }) {
  const t = useTranslations("activity");
  if (years.length === 0) return <p>{t("none")}</p>;
  const first = years[0]!.year;
  const last = years[years.length - 1]!.year;
  const byYear = new Map(years.map((y) => [y.year, y]));
  const all = Array.from(
    { length: last - first + 1 },
    (_, i) => byYear.get(first + i) ?? { year: first + i, events: 0, commitments: 0, milestones: 0 },
  );
  const max = Math.max(1, ...all.map((y) => y.events + y.commitments + y.milestones));
  const W = 24;
  const H = 120;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${all.length * W} ${H + 16}`} width="100%" height={H + 16} role="img" aria-labelledby="chart-caption">
        <title>{t("caption", { first, last })}</title>
        {all.map((y, i) => {
          const parts: [string, number][] = [
            ["events", y.events],
            ["commitments", y.commitments],
            ["milestones", y.milestones],
          ];
          let top = H;
          return (
            <g key={y.year}>
              {parts.map(([kind, n]) => {
                const h = (n / max) * (H - 4);
                top -= h;
                return n > 0 ? <rect key={kind} className={`chart-${kind}`} x={i * W + 3} y={top} width={W - 6} height={h} /> : null;
              })}
              {(i === 0 || i === all.length - 1 || y.year % 5 === 0) && (
                <text x={i * W + W / 2} y={H + 13} textAnchor="middle" className="chart-label">
                  {y.year}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption id="chart-caption">{t("caption", { first, last })}</figcaption>
      <p className="legend" aria-hidden="true">
        <span className="swatch chart-events" /> {t("events")} <span className="swatch chart-commitments" /> {t("commitments")}{" "}
        <span className="swatch chart-milestones" /> {t("milestones")}
      </p>
      <details>
        <summary>{t("table")}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("year")}</th>
              <th scope="col">{t("events")}</th>
              <th scope="col">{t("commitments")}</th>
              <th scope="col">{t("milestones")}</th>
            </tr>
          </thead>
          <tbody>
            {years.map((y) => (
              <tr key={y.year}>
                <th scope="row">{y.year}</th>
                <td>{formatNumber(y.events, locale)}</td>
                <td>{formatNumber(y.commitments, locale)}</td>
                <td>{formatNumber(y.milestones, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
