import { COMMITMENT_STATUS_LABEL, formatPartialDate } from "@ties/domain";
import type { Metadata } from "next";
import { humanize } from "../../../components/humanize";
import { connection } from "next/server";
import { Citations } from "../../../components/citations";
import { publicApi } from "../../../server/api";
import { orNotFound } from "../../../server/load";

type Props = { params: Promise<{ slug: string }> };

async function load(slug: string) {
  await connection();
  return orNotFound(publicApi().commitment.byId({ id: slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const c = await load((await params).slug);
  return { title: c.text.en.slice(0, 80), description: `${COMMITMENT_STATUS_LABEL[c.status]}: ${c.text.en}` };
}

export default async function CommitmentPage({ params }: Props) {
  const c = await load((await params).slug);
  return (
    <article>
      <p className="kicker">Commitment by {c.parties.join(" and ")}</p>
      <h1>{c.text.en}</h1>
      <p>
        <span className={`status status-${c.status}`}>{COMMITMENT_STATUS_LABEL[c.status]}</span>
        {c.late && " (late)"} as of <time dateTime={c.asOf}>{formatPartialDate(c.asOf)}</time>
        {c.due && (
          <>
            {" "}
            · due {formatPartialDate(c.due)}
            {c.dueText && <> (“{c.dueText}”)</>}
          </>
        )}
      </p>
      {c.event && (
        <p>
          Made at{" "}
          <a href={`/events/${c.event.slug}`} className="made-at">
            {c.event.title.en}
          </a>
          .
        </p>
      )}
      {c.agreement && (
        <p>
          Under <a href={`/agreements/${c.agreement.slug}`}>{c.agreement.shortName ?? c.agreement.name.en}</a>.
        </p>
      )}
      <h2>What became of it</h2>
      {c.evidence.length === 0 ? (
        <p>Nothing recorded yet shows it kept, abandoned or superseded.</p>
      ) : (
        <ul>
          {c.evidence.map((e, i) => (
            <li key={`${e.date}-${i}`}>
              {formatPartialDate(e.date)}: {humanize(e.resolution)}
              {e.event && (
                <>
                  {" "}
                  (<a href={`/events/${e.event.slug}`}>the event that shows it</a>)
                </>
              )}
              {e.note && ` · ${e.note}`}
            </li>
          ))}
        </ul>
      )}
      <Citations citations={c.citations} />
    </article>
  );
}
