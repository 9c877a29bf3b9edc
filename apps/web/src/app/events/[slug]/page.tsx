import { parseDateOrRange, formatDateRange, EVENT_TYPE_LABEL } from "@ties/domain";
import type { Metadata } from "next";
import { humanize } from "../../../components/humanize";
import { connection } from "next/server";
import { Citations } from "../../../components/citations";
import { publicApi } from "../../../server/api";
import { orNotFound } from "../../../server/load";

type Props = { params: Promise<{ slug: string }> };

async function load(slug: string) {
  await connection();
  return orNotFound(publicApi().event.byId({ id: slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const e = await load((await params).slug);
  return { title: e.title.en, description: e.summary.en, openGraph: { title: e.title.en, description: e.summary.en, type: "article" } };
}

export default async function EventPage({ params }: Props) {
  const e = await load((await params).slug);
  const where = [e.location.place, e.location.city].filter(Boolean).join(", ");
  // schema.org Event for search engines; "<" is escaped so no text can close the script element.
  const jsonLd = JSON.stringify({
    "@context": "https://schema.org",
    "@type": "Event",
    name: e.title.en,
    description: e.summary.en,
    // At the precision the sources give: "2025-03" is a valid ISO 8601 date for a month.
    startDate: parseDateOrRange(e.date)!.start,
    endDate: parseDateOrRange(e.date)!.end,
    eventStatus: "https://schema.org/EventScheduled",
    ...(where || e.location.countryCode
      ? { location: { "@type": "Place", name: where || e.location.countryCode, address: { "@type": "PostalAddress", addressLocality: e.location.city, addressCountry: e.location.countryCode } } }
      : {}),
    performer: e.participants.map((p) => ({ "@type": "Person", name: p.name })),
  }).replace(/</g, "\\u003c");
  return (
    <article>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: JSON-LD must be raw; the JSON is escaped above */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
      <p className="kicker">
        {EVENT_TYPE_LABEL[e.type]} · <time dateTime={e.dateFirst}>{formatDateRange(parseDateOrRange(e.date)!)}</time>
        {where && ` · ${where}`}
      </p>
      <h1>{e.title.en}</h1>
      <p>{e.summary.en}</p>
      {e.outcomes.length > 0 && (
        <>
          <h2>Outcomes</h2>
          <ul>
            {e.outcomes.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        </>
      )}
      {e.participants.length > 0 && (
        <>
          <h2>Participants</h2>
          <ul>
            {e.participants.map((p) => (
              <li key={p.personId}>
                <a href={`/people/${p.personSlug}`}>{p.name}</a>
                {p.title && `, ${p.title}`} ({p.side})
              </li>
            ))}
          </ul>
        </>
      )}
      {e.agreements.length > 0 && (
        <>
          <h2>Agreements</h2>
          <ul>
            {e.agreements.map((a) => (
              <li key={`${a.id}-${a.action}`}>
                <a href={`/agreements/${a.slug}`}>{a.shortName ?? a.name.en}</a>: {humanize(a.action)}
              </li>
            ))}
          </ul>
        </>
      )}
      <Citations citations={e.citations} />
      <p className="meta">
        PLOVER {e.plover.code}
        {e.plover.mode && ` (${e.plover.mode})`}
      </p>
    </article>
  );
}
