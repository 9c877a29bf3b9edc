import { allPages } from "@ties/api/feeds";
import { AGREEMENT_STATUS_LABEL, type AgreementSummary, COMMITMENT_STATUS_LABEL, formatPartialDate } from "@ties/domain";
import { connection } from "next/server";
import { EventItem } from "../components/event-item";
import { publicApi } from "../server/api";
import { site } from "../server/site";

export default async function Home() {
  await connection();
  const api = publicApi();
  const [events, overdue, upcoming, agreements] = await Promise.all([
    api.event.list({ limit: 20 }),
    api.commitment.list({ status: "overdue", limit: 10 }),
    api.commitment.list({ status: "not_yet_due", limit: 10 }),
    allPages((cursor) => api.agreement.list({ limit: 100, cursor })),
  ]);
  const byStatus = new Map<AgreementSummary["status"], AgreementSummary[]>();
  for (const a of agreements) byStatus.set(a.status, [...(byStatus.get(a.status) ?? []), a]);
  const commitments = [...overdue.items, ...upcoming.items];
  return (
    <>
      <h1>{site().label}: the record</h1>
      <p>Meetings, visits, agreements and commitments between {site().between}, each backed by its sources.</p>
      <h2>Latest events</h2>
      <ol className="events" aria-label="Latest events">
        {events.items.map((e) => (
          <EventItem key={e.id} event={e} summary />
        ))}
      </ol>
      {events.items.length === 0 && <p>No events have been published yet.</p>}
      <p>
        <a href="/events">The whole timeline, with filters</a>
      </p>
      <h2>Commitments overdue or coming due</h2>
      {commitments.length === 0 ? (
        <p>No open commitment has a due date.</p>
      ) : (
        <ul className="commitments">
          {commitments.map((c) => (
            <li key={c.id}>
              <span className={`status status-${c.status}`}>{COMMITMENT_STATUS_LABEL[c.status]}</span>{" "}
              <a href={`/commitments/${c.slug}`}>{c.text.en}</a>
              {c.due && <span className="meta"> · due {formatPartialDate(c.due)}</span>}
            </li>
          ))}
        </ul>
      )}
      <h2>Agreements by status</h2>
      <dl className="agreements">
        {[...byStatus.entries()].map(([status, list]) => (
          <div key={status}>
            <dt>{AGREEMENT_STATUS_LABEL[status]}</dt>
            {list.map((a) => (
              <dd key={a.id}>
                <a href={`/agreements/${a.slug}`}>{a.shortName ? `${a.shortName}: ${a.name.en}` : a.name.en}</a>
              </dd>
            ))}
          </div>
        ))}
      </dl>
    </>
  );
}
