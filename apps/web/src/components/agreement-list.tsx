import type { AgreementSummary, Locale } from "@ties/domain";
import { href } from "../i18n/page";
import { AgreementBadge } from "./badges";
import { Localized } from "./localized";

/** Agreements by name, each linking to its page, with its status badge. */
export function AgreementList({ agreements, locale }: { agreements: AgreementSummary[]; locale: Locale }) {
  return (
    <ul>
      {agreements.map((g) => (
        <li key={g.id}>
          <a href={href(locale, `/agreements/${g.slug}`)}>{g.shortName ?? <Localized value={g.name} locale={locale} />}</a>{" "}
          <AgreementBadge status={g.status} locale={locale} />
        </li>
      ))}
    </ul>
  );
}
