import { type CitationView, GRADE_LABELS } from "@ties/domain";

/** The sources behind a record: short quotes with their source and its reliability grade. */
export function Citations({ citations }: { citations: CitationView[] }) {
  if (citations.length === 0) return null;
  return (
    <>
      <h2>Sources</h2>
      <ol className="citations">
        {citations.map((c) => (
          <li key={c.id}>
            <blockquote>“{c.quote}”</blockquote>
            <cite>
              {c.sourceTitle}, {c.publisherName}
            </cite>{" "}
            <span className="grade" title={GRADE_LABELS[c.grade]}>
              grade {c.grade}
            </span>
            {c.field && <span className="meta"> · on {c.field.replace(/\.\d+$/, "").replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase()}</span>}
          </li>
        ))}
      </ol>
    </>
  );
}
