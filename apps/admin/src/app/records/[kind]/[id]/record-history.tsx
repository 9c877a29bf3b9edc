/**
 * A record's history: every revision with who, when, why and its field-level changes in words,
 * and the restore buttons (editors). Restoring a published record's revision makes a draft for
 * review; keeping it live needs a confirmation that says so. Only revisions that changed
 * something besides the state can be restored: restoring a state change would restore nothing.
 */
import type { HistoryEntryView, PublicationState, ReviewableKind, SendBack } from "@ties/domain";
import { FieldChanges } from "../../../review/field-changes";
import { restore, submitForReview } from "./actions";

const restorable = (h: HistoryEntryView) => h.changes.some((c) => c.path !== "state");

function RestoreForm(props: {
  kind: ReviewableKind;
  id: string;
  version: number;
  baseVersion: number;
  mode?: "draft" | "live";
  label: string;
}) {
  return (
    <form action={restore} className="restore">
      <input type="hidden" name="kind" value={props.kind} />
      <input type="hidden" name="id" value={props.id} />
      <input type="hidden" name="version" value={props.version} />
      <input type="hidden" name="baseVersion" value={props.baseVersion} />
      {props.mode && <input type="hidden" name="mode" value={props.mode} />}
      <button type="submit">{props.label}</button>
    </form>
  );
}

/** The comment an editor sent the record back with, while it is a draft again. */
export function SentBackNote({ sentBack, state }: { sentBack: SendBack | null; state: PublicationState }) {
  if (!sentBack || state !== "draft") return null;
  return (
    <aside className="sent-back" aria-label="Sent back by an editor">
      <p>
        <strong>Sent back</strong> by {sentBack.byName ?? "an editor"} on{" "}
        <time dateTime={sentBack.at}>{sentBack.at.slice(0, 16).replace("T", " ")}</time> (revision {sentBack.version}):
      </p>
      <blockquote>{sentBack.reason}</blockquote>
    </aside>
  );
}

export function RecordHistory(props: {
  kind: ReviewableKind;
  id: string;
  version: number;
  state: PublicationState;
  history: HistoryEntryView[];
  mayRestore: boolean;
}) {
  const { kind, id, version, state, history, mayRestore } = props;
  return (
    <>
      {state === "draft" && (
        <form action={submitForReview} className="submit-for-review">
          <input type="hidden" name="kind" value={kind} />
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="baseVersion" value={version} />
          <button type="submit">Submit for review</button>
        </form>
      )}
      <h2>History</h2>
      <ol reversed className="history">
        {[...history].reverse().map((h) => (
          <li key={h.version} id={`revision-${h.version}`}>
            <p>
              Revision {h.version} · {h.createdAt.slice(0, 16).replace("T", " ")} · {h.authorName ?? "system"} · {h.reason} (
              {h.state.replace("_", " ")})
            </p>
            {/* The first revision's "changes" are the whole record: the record itself shows those. */}
            {h.version > 1 && restorable(h) && (
              <div className="changes">
                <FieldChanges changes={h.changes} kind={kind} beforeLabel="Was" afterLabel="Now" />
              </div>
            )}
            {mayRestore && h.version < version && restorable(h) && (
              <div className="restore-actions">
                {state === "published" ? (
                  <>
                    <RestoreForm
                      kind={kind}
                      id={id}
                      version={h.version}
                      baseVersion={version}
                      mode="draft"
                      label={`Restore revision ${h.version} as a draft`}
                    />
                    <p className="meta">The record leaves the public site until an editor publishes the draft.</p>
                    <details>
                      <summary>Restore revision {h.version} and keep it live…</summary>
                      <p>This changes the public page at once, without review.</p>
                      <RestoreForm
                        kind={kind}
                        id={id}
                        version={h.version}
                        baseVersion={version}
                        mode="live"
                        label={`Confirm: revision ${h.version} goes live`}
                      />
                    </details>
                  </>
                ) : (
                  <RestoreForm kind={kind} id={id} version={h.version} baseVersion={version} label={`Restore revision ${h.version}`} />
                )}
              </div>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
