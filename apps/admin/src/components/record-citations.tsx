/**
 * A record's citations, managed where the record is read: each with its quote and source, a form
 * to re-point it to another source or span, a button to remove it, and a form to add one; and a
 * link to the claims about the record.
 */
import type { RecordKind } from "@ties/domain";
import { serverApi } from "../server/services";
import { sourceOptions } from "../server/source-options";
import { addCitation, removeCitation, repointCitation } from "./record-citations-actions";
import { SourceAndQuote } from "./source-and-quote";

function SpanFields(props: {
  prefix: string;
  sources: { id: string; label: string }[];
  sourceId?: string;
  field?: string | null;
  quote?: string;
}) {
  return (
    <SourceAndQuote
      idPrefix={props.prefix}
      sources={props.sources}
      source={{ label: "Source", select: { name: "sourceId", defaultValue: props.sourceId ?? "", required: true } }}
      quote={{
        label: "Quote",
        hint: "The source's exact words: Ties finds where they sit in its text.",
        textarea: { name: "quote", rows: 3, required: true, maxLength: 5000, defaultValue: props.quote ?? "" },
      }}
    >
      <div className="field">
        <label htmlFor={`${props.prefix}-field`}>Field (optional)</label>
        <input id={`${props.prefix}-field`} name="field" maxLength={80} defaultValue={props.field ?? ""} />
      </div>
    </SourceAndQuote>
  );
}

export async function RecordCitations({ kind, id }: { kind: RecordKind; id: string }) {
  const { api } = await serverApi();
  const citations = await api.citation.ofRecord({ kind, id });
  const sources = await sourceOptions(
    api,
    citations.map((c) => c.sourceId),
  );
  const target = (
    <>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="recordId" value={id} />
    </>
  );
  return (
    <section aria-labelledby="citations-heading" className="citations-admin">
      <h2 id="citations-heading">Citations</h2>
      <p>
        <a href={`/records/${kind}/${encodeURIComponent(id)}/claims`}>Claims about this record</a>, with competing values side by side.
      </p>
      {citations.length === 0 ? (
        <p>No citations yet: a record is published only with at least one.</p>
      ) : (
        <ol className="claim-list">
          {citations.map((c, i) => (
            <li key={c.id} className="claim-card">
              <p className="facts">
                {c.field ? `${c.field}: ` : ""}
                <a href={`/sources/${encodeURIComponent(c.sourceId)}`}>{c.sourceTitle}</a> (grade {c.grade},{" "}
                {c.sourceState.replace("_", " ")}), characters {c.start}-{c.end}
              </p>
              <blockquote className="quote">{c.quote}</blockquote>
              <details>
                <summary>Re-point citation {i + 1}</summary>
                <form action={repointCitation} className="record-form">
                  {target}
                  <input type="hidden" name="id" value={c.id} />
                  <input type="hidden" name="baseVersion" value={c.version} />
                  <input type="hidden" name="start" value={c.start} />
                  <SpanFields prefix={`cite-${c.id}`} sources={sources} sourceId={c.sourceId} field={c.field} quote={c.quote} />
                  <div className="form-footer">
                    <button type="submit">Save citation {i + 1}</button>
                  </div>
                </form>
              </details>
              <form action={removeCitation} className="decision">
                {target}
                <input type="hidden" name="id" value={c.id} />
                <input type="hidden" name="baseVersion" value={c.version} />
                <button type="submit">Remove citation {i + 1}</button>
              </form>
            </li>
          ))}
        </ol>
      )}
      <details>
        <summary>Add a citation</summary>
        <form action={addCitation} className="record-form">
          {target}
          <SpanFields prefix="cite-new" sources={sources} />
          <div className="form-footer">
            <button type="submit">Add the citation</button>
          </div>
        </form>
      </details>
    </section>
  );
}
