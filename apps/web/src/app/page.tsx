import { formatDateRange, parseDateOrRange } from "@ties/domain";
import { connection } from "next/server";
import { publicApi } from "../server/api";
import { site } from "../server/site";

export default async function Home() {
  await connection();
  const { items } = await publicApi().event.list({ limit: 20 });
  return (
    <>
      <h1>{site().label}: the record</h1>
      <p>Meetings, visits, agreements and commitments between {site().between}, each backed by its sources.</p>
      <h2>Latest events</h2>
      <ol className="events" aria-label="Latest events">
        {items.map((e) => (
          <li key={e.id}>
            <time dateTime={e.dateFirst}>{formatDateRange(parseDateOrRange(e.date)!)}</time>
            <h3>
              <a href={`/events/${e.slug}`}>{e.title.en}</a>
            </h3>
            <p>{e.summary.en}</p>
          </li>
        ))}
      </ol>
      {items.length === 0 && <p>No events have been published yet.</p>}
    </>
  );
}
