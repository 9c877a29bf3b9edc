import { type EventSummary, formatDateRange, parseDateOrRange } from "@ties/domain";

/** One event in a list: its date, its title linking to its page, and optionally its summary. */
export function EventItem({
  event,
  heading = "h3",
  summary = false,
  detail,
}: {
  event: EventSummary;
  heading?: "h2" | "h3";
  summary?: boolean;
  /** A short line under the title, e.g. the event type. */
  detail?: string;
}) {
  const Title = heading;
  return (
    <li>
      <time dateTime={event.dateFirst}>{formatDateRange(parseDateOrRange(event.date)!)}</time>
      <Title className="event-title">
        <a href={`/events/${event.slug}`}>{event.title.en}</a>
      </Title>
      {detail && <p className="meta">{detail}</p>}
      {event.parties.length > 0 && <p className="meta parties">Between {event.parties.join(" and ")}</p>}
      {summary && <p>{event.summary.en}</p>}
    </li>
  );
}
