import { allPages } from "@ties/api/feeds";
import { AGREEMENT_STATUS_LABEL, COMMITMENT_STATUS_LABEL, formatPartialDate, MILESTONE_LABEL, VERDICT_LABEL } from "@ties/domain";
import type { Metadata } from "next";
import { humanize } from "../../../components/humanize";
import { connection } from "next/server";
import { Citations } from "../../../components/citations";
import { publicApi } from "../../../server/api";
import { orNotFound } from "../../../server/load";

type Props = { params: Promise<{ slug: string }> };

async function load(slug: string) {
  await connection();
  return orNotFound(publicApi().agreement.byId({ id: slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const a = await load((await params).slug);
  return { title: a.shortName ?? a.name.en, description: a.summary?.en ?? `${a.name.en}: ${AGREEMENT_STATUS_LABEL[a.status]}` };
}

export default async function AgreementPage({ params }: Props) {
  const a = await load((await params).slug);
  const claims = await allPages((cursor) => publicApi().claim.list({ subjectKind: "agreement", subjectId: a.id, limit: 100, cursor }));
  return (
    <article>
      <p className="kicker">
        {humanize(a.kind)} · {a.parties.join(", ")}
      </p>
      <h1>
        {a.name.en}
        {a.shortName && ` (${a.shortName})`}
      </h1>
      <p>
        Status: <strong className="status">{AGREEMENT_STATUS_LABEL[a.status]}</strong>
      </p>
      {a.summary && <p>{a.summary.en}</p>}
      <h2>Status timeline</h2>
      {a.milestones.length === 0 ? (
        <p>No dated milestone is recorded yet.</p>
      ) : (
        <ol className="timeline">
          {a.milestones.map((m, i) => (
            <li key={`${m.kind}-${m.date}-${i}`}>
              <time dateTime={m.date}>{formatPartialDate(m.date)}</time> <strong>{MILESTONE_LABEL[m.kind]}</strong>
              {m.party && ` by ${m.party}`}
              {m.event && (
                <>
                  {" "}
                  at <a href={`/events/${m.event.slug}`}>{m.event.title.en}</a>
                </>
              )}
              {m.note && <span className="meta"> · {m.note}</span>}
            </li>
          ))}
        </ol>
      )}
      {claims.length > 0 && (
        <>
          <h2>Claims checked</h2>
          <ul className="claims">
            {claims.map((c) => (
              <li key={c.id}>
                <span className={`verdict verdict-${c.verdict}`}>{VERDICT_LABEL[c.verdict]}</span> {c.statement}
                <p className="meta">
                  {c.reasoning} (source: {c.source.title}, {c.source.publisherName}, grade {c.source.grade})
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
      {a.commitments.length > 0 && (
        <>
          <h2>Commitments</h2>
          <ul>
            {a.commitments.map((c) => (
              <li key={c.id}>
                {c.text.en} <span className={`status status-${c.status}`}>{COMMITMENT_STATUS_LABEL[c.status]}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {a.events.length > 0 && (
        <>
          <h2>Events</h2>
          <ul>
            {a.events.map((e) => (
              <li key={`${e.id}-${e.action}`}>
                <a href={`/events/${e.slug}`}>{e.title.en}</a> ({humanize(e.action)})
              </li>
            ))}
          </ul>
        </>
      )}
      <Citations citations={a.citations} />
    </article>
  );
}
