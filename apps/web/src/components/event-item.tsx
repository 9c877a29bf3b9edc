import type { EventSummary, Locale } from "@ties/domain";
import { countryName, formatDate, formatList } from "../i18n/format";
import { href } from "../i18n/page";
import { Localized } from "./localized";

/** One event in a list: its date, its title linking to its page, and optionally its summary. */
export function EventItem({
  event,
  locale,
  heading = "h3",
  summary = false,
  detail,
}: {
  event: EventSummary;
  locale: Locale;
  heading?: "h2" | "h3";
  summary?: boolean;
  /** A short line under the title, e.g. the event type. */
  detail?: string;
}) {
  const Title = heading;
  return (
    <li>
      <time dateTime={event.dateFirst}>{formatDate(event.date, locale)}</time>
      <Title className="event-title">
        <a href={href(locale, `/events/${event.slug}`)}>
          <Localized value={event.title} locale={locale} />
        </a>
      </Title>
      {detail && <p className="meta">{detail}</p>}
      {event.parties.length > 0 && (
        <p className="parties">
          {formatList(
            event.parties.map((c) => countryName(c, locale)),
            locale,
          )}
        </p>
      )}
      {summary && (
        <p>
          <Localized value={event.summary} locale={locale} />
        </p>
      )}
    </li>
  );
}

/** The link under a record's list of events to the timeline filtered by that record, which lists them all. */
export function AllEventsLink({
  filter,
  slug,
  locale,
  label,
}: {
  filter: "area" | "person" | "organization" | "agreement";
  slug: string;
  locale: Locale;
  label: string;
}) {
  return (
    <p>
      <a href={`${href(locale, "/events")}?${filter}=${encodeURIComponent(slug)}`}>{label}</a>
    </p>
  );
}

/**
 * A record's latest events as its page lists them: the list (or a line saying there are none),
 * then, when the record has more, the link to the timeline filtered by it.
 */
export function LatestEvents({
  events,
  more,
  filter,
  slug,
  locale,
  labels,
}: {
  events: EventSummary[];
  more: boolean;
  filter: "person" | "organization";
  slug: string;
  locale: Locale;
  labels: { none: string; all: string };
}) {
  if (events.length === 0) return <p>{labels.none}</p>;
  return (
    <>
      <ol className="events">
        {events.map((e) => (
          <EventItem key={e.id} event={e} locale={locale} />
        ))}
      </ol>
      {more && <AllEventsLink filter={filter} slug={slug} locale={locale} label={labels.all} />}
    </>
  );
}
