import { formatPartialDate } from "@ties/domain";
import type { Metadata } from "next";
import { connection } from "next/server";
import { Citations } from "../../../components/citations";
import { EventItem } from "../../../components/event-item";
import { publicApi } from "../../../server/api";
import { orNotFound } from "../../../server/load";

type Props = { params: Promise<{ slug: string }> };

async function load(slug: string) {
  await connection();
  return orNotFound(publicApi().person.byId({ id: slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await load((await params).slug);
  return { title: p.name, description: p.summary?.en ?? `${p.name}: positions and events` };
}

const period = (start: string | null, end: string | null) =>
  `${start ? formatPartialDate(start) : "?"} – ${end ? formatPartialDate(end) : "present"}`;

export default async function PersonPage({ params }: Props) {
  const p = await load((await params).slug);
  const variants = p.variants.map((v) => v.name).filter((n) => n !== p.name);
  return (
    <article>
      <h1>{p.name}</h1>
      {variants.length > 0 && <p className="meta">Also written: {variants.join(", ")}</p>}
      {p.summary && <p>{p.summary.en}</p>}
      <h2>Positions</h2>
      {p.positions.length === 0 ? (
        <p>No position is recorded.</p>
      ) : (
        <ul className="positions">
          {p.positions.map((pos) => (
            <li key={pos.id}>
              <strong>{pos.title.en}</strong>, {pos.organization.name.en} <span className="meta">({period(pos.start, pos.end)})</span>
              {pos.titleVariants.length > 0 && <span className="meta"> · also titled {pos.titleVariants.join("; ")}</span>}
            </li>
          ))}
        </ul>
      )}
      <h2>Events</h2>
      {p.events.length === 0 ? (
        <p>No published event is recorded.</p>
      ) : (
        <ol className="events">
          {p.events.map((e) => (
            <EventItem key={e.id} event={e} />
          ))}
        </ol>
      )}
      <Citations citations={p.citations} />
    </article>
  );
}
