/**
 * A record as the public site will render it, for the reviewer: the same labels and formatters
 * (domain enumeration labels, dates in words, country names) and the citations with their quote,
 * source and grade. Events follow the public event page section by section; other kinds show
 * their fields in words.
 */
import { type CitationView, type EventDetail, ENUM_LABELS, type ReviewPreview } from "@ties/domain";
import { countryName, displayValue, fieldName, formatDate } from "../../components/record-forms/field-display";

const labels = ENUM_LABELS.en;

function EventPreview({ e }: { e: EventDetail }) {
  const where = [e.location.place, e.location.city, e.location.countryCode && countryName(e.location.countryCode)]
    .filter(Boolean)
    .join(", ");
  return (
    <>
      <p className="kicker">
        {labels.eventType[e.type]} · <time dateTime={e.dateFirst}>{formatDate(e.date)}</time>
        {where && ` · ${where}`}
      </p>
      <p className="preview-title">{e.title.en}</p>
      <p className="lede">{e.summary.en}</p>
      {e.outcomes.length > 0 && (
        <>
          <p className="preview-heading">Outcomes</p>
          <ul>
            {e.outcomes.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        </>
      )}
      {e.participants.length > 0 && (
        <>
          <p className="preview-heading">Participants</p>
          <ul>
            {e.participants.map((p) => (
              <li key={p.personId}>
                {p.name}
                {p.title && `, ${p.title}`} <span className="meta">({countryName(p.side)})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {e.organizations.length > 0 && (
        <>
          <p className="preview-heading">Organisations</p>
          <ul>
            {e.organizations.map((o) => (
              <li key={o.id}>{o.name.en}</li>
            ))}
          </ul>
        </>
      )}
      {e.agreements.length > 0 && (
        <>
          <p className="preview-heading">Agreements</p>
          <ul>
            {e.agreements.map((a) => (
              <li key={`${a.id}-${a.action}`}>
                {a.shortName ?? a.name.en}: {labels.agreementAction[a.action]}
              </li>
            ))}
          </ul>
        </>
      )}
      {e.areaSlugs.length > 0 && <p className="meta">Areas: {e.areaSlugs.join(", ")}</p>}
    </>
  );
}

/** Any other kind: its fields in words, in the order the record keeps them. */
function FieldsPreview({ preview }: { preview: ReviewPreview }) {
  const entries = Object.entries(preview.data).filter(([k, v]) => k !== "text" && v !== null && v !== undefined && v !== "");
  return (
    <dl className="preview-fields">
      {entries.map(([k, v]) => (
        <div key={k}>
          <dt>{fieldName(k)}</dt>
          <dd>{displayValue(k, v, { kind: preview.kind })}</dd>
        </div>
      ))}
    </dl>
  );
}

export function PreviewCitations({ citations }: { citations: CitationView[] }) {
  if (citations.length === 0) return <p className="meta">No citations: the public page would show no sources.</p>;
  return (
    <>
      <p className="preview-heading">Sources ({citations.length})</p>
      <ol className="preview-citations">
        {citations.map((c) => (
          <li key={c.id}>
            <blockquote lang="en">“{c.quote}”</blockquote>
            <p className="meta">
              <cite>{c.sourceTitle}</cite>, {c.publisherName}
              {c.sourcePublishedAt ? `, ${formatDate(c.sourcePublishedAt)}` : ", undated"}
              {c.field && ` · on ${fieldName(c.field.replace(/\.\d+$/, "")).toLowerCase()}`}
            </p>
            <p className="meta">
              Grade {c.grade} ({labels.grade[c.grade]}): {c.gradeReason}
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}

export function RecordPreview({ preview }: { preview: ReviewPreview }) {
  return (
    <div className="record-preview">
      {preview.event ? <EventPreview e={preview.event} /> : <FieldsPreview preview={preview} />}
      <PreviewCitations citations={preview.citations} />
    </div>
  );
}
