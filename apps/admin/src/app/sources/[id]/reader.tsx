"use client";
/**
 * The source reader: the stored text with every suggestion highlighted at its span (colour and a
 * two-letter tag by kind), boilerplate struck through with a restore button, and a side list
 * grouped by kind. Focus moves between a span and its list entry; keys A, R and E accept,
 * reject and edit the focused suggestion. Selecting words in the text offers to cite them.
 */
import {
  type BoilerplateBlock,
  citationSpan,
  formatDateRange,
  formatPartialDate,
  isAcceptableSuggestionKind,
  parseDateOrRange,
  type SourceWorkbench,
  type SuggestionKind,
  type SuggestionView,
} from "@ties/domain";
import { useRouter } from "next/navigation";
import { type ReactNode, useCallback, useEffect, useRef, useState, useTransition } from "react";
import type { PickOption, SubmitResult, Values } from "../../../components/record-forms/form-parts";
import {
  acceptMany,
  acceptSuggestion,
  cite,
  type ReaderResult,
  reextract,
  rejectSuggestion,
  restoreBoilerplate,
  submitDrafts,
  undoSuggestion,
} from "./actions";
import { type Piece, pieces, type SpanNode, spanTree } from "./span-tree";
import { SuggestionEditor } from "./suggestion-editor";

const KIND_ORDER: SuggestionKind[] = ["event", "agreement", "commitment", "person", "organization", "quote", "area", "date", "place"];
const KIND: Record<SuggestionKind, { tag: string; label: string; plural: string }> = {
  event: { tag: "Ev", label: "Event", plural: "Events" },
  agreement: { tag: "Ag", label: "Agreement", plural: "Agreements" },
  commitment: { tag: "Co", label: "Commitment", plural: "Commitments" },
  person: { tag: "Pe", label: "Person", plural: "People" },
  organization: { tag: "Or", label: "Organisation", plural: "Organisations" },
  quote: { tag: "Qu", label: "Quote", plural: "Quotes" },
  area: { tag: "Ar", label: "Area", plural: "Areas" },
  date: { tag: "Da", label: "Date", plural: "Dates" },
  place: { tag: "Pl", label: "Place", plural: "Places" },
};

/** "2025-03-07" -> "7 March 2025"; a range reads "13–15 April 2025". */
export function readableDate(v: string): string {
  const r = parseDateOrRange(v);
  if (!r) return v;
  return r.start === r.end ? formatPartialDate(r.start) : formatDateRange(r);
}

type Span = { kind: "suggestion"; s: SuggestionView } | { kind: "boilerplate"; b: BoilerplateBlock };

/** A short label for a suggestion in the side list and in buttons' names. */
function labelOf(s: SuggestionView): string {
  switch (s.kind) {
    case "event":
      return `${s.payload.type.replace("_", " ")} on ${readableDate(s.payload.date)}`;
    case "agreement":
    case "person":
    case "organization":
    case "place":
      return s.payload.name;
    case "date":
      return readableDate(s.payload.value);
    case "area":
      return s.payload.slug.replace(/-/g, " ");
    default:
      return s.text.length > 60 ? `${s.text.slice(0, 57)}…` : s.text;
  }
}

/** The facts a suggestion proposes, field by field (shown beside the matched record for a merge). */
function factsOf(s: SuggestionView): [string, string][] {
  switch (s.kind) {
    case "event":
      return [
        ["Type", s.payload.type.replace("_", " ")],
        ["Date", readableDate(s.payload.date)],
        ["Place", [s.payload.location.city, s.payload.location.countryCode].filter(Boolean).join(", ") || "—"],
        [
          "Participants",
          s.payload.participants.map((p) => `${p.name}${p.side ? ` (${p.side})` : ""}${p.personId ? " ✓ known" : ""}`).join("; ") || "—",
        ],
      ];
    case "agreement":
      return [
        ["Name", s.payload.name],
        ["Action", s.payload.action ?? "mentioned"],
        ["Date", s.payload.date ? readableDate(s.payload.date) : "—"],
      ];
    case "commitment":
      return [
        ["Parties", s.payload.parties.join(", ")],
        ["Due", s.payload.due ? `${readableDate(s.payload.due)}${s.payload.dueText ? ` (“${s.payload.dueText}”)` : ""}` : "—"],
      ];
    case "person":
      return [
        ["Name", s.payload.name],
        ["Title", s.payload.title ?? "—"],
        ["Side", s.payload.side ?? "—"],
      ];
    case "organization":
      return [
        ["Name", s.payload.name],
        ["Country", s.payload.countryCode ?? "—"],
      ];
    case "quote":
      return [["Speaker", s.payload.speaker ?? "—"]];
    case "date":
      return [
        ["Resolved", readableDate(s.payload.value)],
        ["Against", readableDate(s.payload.reference)],
      ];
    case "place":
      return [["Kind", s.payload.kind]];
    case "area":
      return [["Mentions", String(s.payload.hits)]];
  }
}

/** Where a DOM selection falls in the stored text, from the data-offset of the text pieces it covers. */
function selectionOffsets(root: HTMLElement, text: string): { quote: string; start: number; end: number } | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  const spans = [...root.querySelectorAll<HTMLElement>("[data-offset]")].filter((el) => range.intersectsNode(el));
  if (spans.length === 0) return null;
  const first = spans[0]!;
  const last = spans[spans.length - 1]!;
  const base = (el: HTMLElement) => Number(el.dataset.offset);
  const start =
    base(first) + (first.contains(range.startContainer) && range.startContainer.nodeType === Node.TEXT_NODE ? range.startOffset : 0);
  const end =
    base(last) +
    (last.contains(range.endContainer) && range.endContainer.nodeType === Node.TEXT_NODE
      ? range.endOffset
      : (last.textContent ?? "").length);
  return end > start ? citationSpan(text, start, end) : null;
}

export function Reader({ wb, people, events }: { wb: SourceWorkbench; people: PickOption[]; events: PickOption[] }) {
  const router = useRouter();
  const [selected, setSelected] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState<string | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const [selection, setSelection] = useState<{ quote: string; start: number; end: number } | null>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const byId = new Map(wb.suggestions.map((s) => [s.id, s]));

  const run = useCallback(
    (action: () => Promise<ReaderResult>, after?: (r: ReaderResult) => void) =>
      new Promise<ReaderResult>((resolve) => {
        startTransition(async () => {
          const r = await action();
          setStatus({ ok: r.ok, text: r.message });
          if (r.ok) router.refresh();
          after?.(r);
          resolve(r);
        });
      }),
    [router],
  );

  const accept = (s: SuggestionView) => run(() => acceptSuggestion(s.id, s.match ? "merge" : undefined));
  const editSubmit =
    (s: SuggestionView) =>
    async (changed: Values): Promise<SubmitResult | null> => {
      const r = await run(() => acceptSuggestion(s.id, s.match ? "merge" : undefined, changed));
      if (r.ok) {
        setEditing(null);
        return null;
      }
      return { message: r.message, fields: r.fields };
    };

  /** A suggestion chosen in the list: its span scrolls into view and takes the focus. */
  const focusSpan = (id: string) => {
    setSelected(id);
    document.getElementById(`span-${id}`)?.focus();
  };
  useEffect(() => {
    if (!selected) return;
    listRef.current?.querySelector(`[data-entry="${selected}"]`)?.scrollIntoView({ block: "nearest" });
  }, [selected]);

  function onKeyDown(e: React.KeyboardEvent) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement;
    if (target.closest("input, textarea, select, form")) return;
    const id = target.closest<HTMLElement>("[data-sid]")?.dataset.sid;
    const s = id ? byId.get(id) : undefined;
    if (s?.status !== "pending" || !isAcceptableSuggestionKind(s.kind)) return;
    const key = e.key.toLowerCase();
    if (key === "a") {
      e.preventDefault();
      void accept(s);
    } else if (key === "r") {
      e.preventDefault();
      setSelected(s.id);
      setRejecting(s.id);
    } else if (key === "e") {
      e.preventDefault();
      setSelected(s.id);
      setEditing(s.id);
    }
  }

  const spans = [
    ...wb.suggestions.map((s) => ({ start: s.start, end: s.end, item: { kind: "suggestion", s } as Span })),
    ...wb.boilerplate
      .filter((b) => !b.restored && b.kind !== "content")
      .map((b) => ({ start: b.start, end: b.end, item: { kind: "boilerplate", b } as Span })),
  ];
  const tree = spanTree(spans, wb.text.length);

  function renderPieces(list: Piece<Span>[]): ReactNode[] {
    return list.map((p) => {
      if ("text" in p)
        return (
          <span key={`t${p.offset}`} data-offset={p.offset}>
            {p.text}
          </span>
        );
      return renderNode(p.node);
    });
  }
  function renderNode(n: SpanNode<Span>): ReactNode {
    const inner = renderPieces(pieces(wb.text, n.start, n.end, n.children));
    if (n.item.kind === "boilerplate") {
      const b = n.item.b;
      return (
        <span key={`b${n.start}`} className="boilerplate">
          <button
            type="button"
            className="restore"
            disabled={pending || wb.state !== "draft"}
            onClick={() => run(() => restoreBoilerplate(wb.id, b.start))}
            aria-label={`Restore set-aside text (${b.kind.replace("_", " ")}) at ${b.start}`}
          >
            Restore
          </button>
          <del>{inner}</del>
        </span>
      );
    }
    const s = n.item.s;
    const dateNote =
      s.kind === "date" ? (
        <small className={`resolved${s.payload.ambiguous ? " ambiguous" : ""}`}>
          {" "}
          → {readableDate(s.payload.value)}
          {s.payload.ambiguous ? " (ambiguous: check the order)" : ""}
        </small>
      ) : null;
    return (
      <mark
        key={`s${s.id}`}
        id={`span-${s.id}`}
        data-sid={s.id}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: each highlight is a stop for keyboard review (A, R, E)
        tabIndex={0}
        className={`sg sg-${s.kind} is-${s.status}${selected === s.id ? " is-selected" : ""}`}
        onFocus={(e) => {
          e.stopPropagation();
          setSelected(s.id);
        }}
      >
        <span className="sg-tag" aria-hidden="true">
          {KIND[s.kind].tag}
        </span>
        <span className="visually-hidden">
          {KIND[s.kind].label} ({s.status}):{" "}
        </span>
        {inner}
        {dateNote}
      </mark>
    );
  }

  const groups = KIND_ORDER.map((k) => ({ kind: k, items: wb.suggestions.filter((s) => s.kind === k) })).filter((g) => g.items.length > 0);
  const pendingPeople = wb.suggestions.filter((s) => s.kind === "person" && s.status === "pending");
  const drafts = wb.drafts.filter((d) => d.state === "draft");

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the keys act on the focused suggestion, wherever it is
    <div className="reader" onKeyDown={onKeyDown}>
      <div className="reader-head">
        <p className="kicker">
          Source · {wb.state.replace("_", " ")} · {wb.language} · published {wb.publishedAt ? readableDate(wb.publishedAt) : "—"}
        </p>
        <h1>{wb.title}</h1>
        <div className="toolbar">
          <button type="button" disabled={pending} onClick={() => run(() => reextract(wb.id))}>
            Read the text again
          </button>
          <button
            type="button"
            disabled={pending || (drafts.length === 0 && wb.state !== "draft")}
            onClick={() => run(() => submitDrafts(wb.id))}
          >
            Submit for review ({drafts.length + (wb.state === "draft" ? 1 : 0)})
          </button>
        </div>
        <details className="drafts">
          <summary>Drafts accepted from this source ({wb.drafts.length})</summary>
          <ul>
            {wb.drafts.map((d) => (
              <li key={`${d.kind}-${d.id}`}>
                {d.kind}: <a href={`/records/${d.kind}/${d.id}`}>{d.label}</a> ({d.state.replace("_", " ")})
              </li>
            ))}
          </ul>
        </details>
        <div aria-live="polite" role="status" className="status-line">
          {status && <span className={status.ok ? "notice" : "error"}>{status.text}</span>}
        </div>
        <p className="hint">Tab to a highlight, then press A to accept, R to reject, E to edit. Select words in the text to cite them.</p>
      </div>
      <div className="reader-body">
        <section aria-label="Source text" className="reader-text-wrap">
          {/* biome-ignore lint/a11y/noStaticElementInteractions: reads the text selection after a mouse or keyboard selection; does not act on its own */}
          <div
            ref={textRef}
            className="reader-text"
            lang={wb.language}
            onMouseUp={() => textRef.current && setSelection(selectionOffsets(textRef.current, wb.text))}
            onKeyUp={(e) => e.shiftKey && textRef.current && setSelection(selectionOffsets(textRef.current, wb.text))}
          >
            {renderPieces(pieces(wb.text, 0, wb.text.length, tree))}
          </div>
          {selection && (
            <CitePanel
              selection={selection}
              drafts={wb.drafts}
              pending={pending}
              onCancel={() => setSelection(null)}
              onCite={(target) =>
                run(
                  () => cite({ sourceId: wb.id, target, ...selection }),
                  (r) => r.ok && setSelection(null),
                )
              }
            />
          )}
        </section>
        <div ref={listRef} className="reader-list">
          <h2>Suggestions</h2>
          {groups.map((g) => (
            <section key={g.kind} aria-labelledby={`group-${g.kind}`}>
              <h3 id={`group-${g.kind}`}>
                <span className={`sg-tag sg-${g.kind}`} aria-hidden="true">
                  {KIND[g.kind].tag}
                </span>{" "}
                {KIND[g.kind].plural} ({g.items.length})
              </h3>
              {g.kind === "person" && pendingPeople.length > 1 && (
                <button type="button" disabled={pending} onClick={() => run(() => acceptMany(pendingPeople.map((p) => p.id)))}>
                  Accept all people ({pendingPeople.length})
                </button>
              )}
              <ul className="entries">
                {g.items.map((s) => (
                  <li
                    key={s.id}
                    data-entry={s.id}
                    data-sid={s.id}
                    className={`entry is-${s.status}${selected === s.id ? " is-selected" : ""}`}
                  >
                    <button type="button" className="link-like" onClick={() => focusSpan(s.id)}>
                      <span className={`sg-tag sg-${s.kind}`} aria-hidden="true">
                        {KIND[s.kind].tag}
                      </span>{" "}
                      <span className="visually-hidden">Show in the text: {KIND[s.kind].label} </span>
                      {labelOf(s)}
                    </button>
                    <span className={`badge is-${s.status}`}>{s.status}</span>
                    {s.kind === "date" && s.payload.ambiguous && <span className="badge is-warning">ambiguous</span>}
                    {s.match ? (
                      <table className="merge">
                        <caption>Offered as a merge</caption>
                        <thead>
                          <tr>
                            <th scope="col">Existing record</th>
                            <th scope="col">This source</th>
                          </tr>
                        </thead>
                        <tbody>
                          <tr>
                            <td>
                              <a href={`/records/${s.match.kind}/${s.match.id}`}>{s.match.label}</a> ({s.match.state.replace("_", " ")})
                            </td>
                            <td>
                              <dl className="facts">
                                {factsOf(s).map(([k, v]) => (
                                  <div key={k}>
                                    <dt>{k}</dt>
                                    <dd>{v}</dd>
                                  </div>
                                ))}
                              </dl>
                            </td>
                          </tr>
                        </tbody>
                      </table>
                    ) : (
                      <dl className="facts">
                        {factsOf(s).map(([k, v]) => (
                          <div key={k}>
                            <dt>{k}</dt>
                            <dd>{v}</dd>
                          </div>
                        ))}
                      </dl>
                    )}
                    {s.status === "pending" && isAcceptableSuggestionKind(s.kind) && (
                      <div className="decision">
                        <button
                          type="button"
                          disabled={pending}
                          onClick={() => accept(s)}
                          aria-label={`${s.match ? "Merge" : "Accept"} ${KIND[s.kind].label.toLowerCase()} ${labelOf(s)}`}
                        >
                          {s.match ? "Merge" : "Accept"}
                        </button>
                        <button
                          type="button"
                          disabled={pending}
                          onClick={() => setEditing(editing === s.id ? null : s.id)}
                          aria-label={`Edit then accept ${KIND[s.kind].label.toLowerCase()} ${labelOf(s)}`}
                        >
                          Edit
                        </button>
                        <button
                          type="button"
                          disabled={pending}
                          onClick={() => run(() => rejectSuggestion(s.id, ""))}
                          aria-label={`Reject ${KIND[s.kind].label.toLowerCase()} ${labelOf(s)}`}
                        >
                          Reject
                        </button>
                        <button
                          type="button"
                          disabled={pending}
                          onClick={() => setRejecting(s.id)}
                          aria-label={`Reject with a reason: ${KIND[s.kind].label.toLowerCase()} ${labelOf(s)}`}
                        >
                          Reject with a reason…
                        </button>
                      </div>
                    )}
                    {s.status !== "pending" && (
                      <p className="decided">
                        {s.status === "accepted" && s.record && (
                          <>
                            Accepted: <a href={`/records/${s.record.kind}/${s.record.id}`}>open the {s.record.kind}</a>.{" "}
                          </>
                        )}
                        {s.status === "rejected" && <>Rejected{s.reason ? `: ${s.reason}` : ""}. </>}
                        <button
                          type="button"
                          disabled={pending}
                          onClick={() => run(() => undoSuggestion(s.id))}
                          aria-label={`Undo ${s.status === "accepted" ? "accepting" : "rejecting"} ${labelOf(s)}`}
                        >
                          Undo
                        </button>
                      </p>
                    )}
                    {rejecting === s.id && (
                      <form
                        className="reject-form"
                        onSubmit={(e) => {
                          e.preventDefault();
                          const reason = String(new FormData(e.currentTarget).get("reason") ?? "");
                          void run(
                            () => rejectSuggestion(s.id, reason),
                            (r) => r.ok && setRejecting(null),
                          );
                        }}
                      >
                        <label htmlFor={`reason-${s.id}`}>Reason (optional)</label>
                        {/* biome-ignore lint/a11y/noAutofocus: the reason is the next thing to type after pressing R */}
                        <input id={`reason-${s.id}`} name="reason" maxLength={1000} autoFocus />
                        <button type="submit" disabled={pending}>
                          Confirm rejection
                        </button>
                        <button type="button" onClick={() => setRejecting(null)}>
                          Cancel
                        </button>
                      </form>
                    )}
                    {editing === s.id && (
                      <div className="editor">
                        <h4>Edit then accept</h4>
                        <SuggestionEditor
                          suggestion={s}
                          language={wb.language}
                          onSubmit={editSubmit(s)}
                          onCancel={() => setEditing(null)}
                          people={people}
                          events={events}
                        />
                      </div>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </div>
    </div>
  );
}

function CitePanel(props: {
  selection: { quote: string; start: number; end: number };
  drafts: SourceWorkbench["drafts"];
  pending: boolean;
  onCite: (target: { kind: SourceWorkbench["drafts"][number]["kind"]; id: string }) => void;
  onCancel: () => void;
}) {
  const [target, setTarget] = useState(props.drafts[0] ? `${props.drafts[0].kind}:${props.drafts[0].id}` : "");
  return (
    <form
      className="cite-panel"
      aria-label="Cite the selected words"
      onSubmit={(e) => {
        e.preventDefault();
        const d = props.drafts.find((x) => `${x.kind}:${x.id}` === target);
        if (d) props.onCite({ kind: d.kind, id: d.id });
      }}
    >
      <p>
        Selected (characters {props.selection.start}–{props.selection.end}): “{props.selection.quote.slice(0, 200)}”
      </p>
      {props.drafts.length === 0 ? (
        <p>Accept a suggestion first: citations go on this source's drafts.</p>
      ) : (
        <>
          <label htmlFor="cite-target">Cite for</label>
          <select id="cite-target" value={target} onChange={(e) => setTarget(e.target.value)}>
            {props.drafts.map((d) => (
              <option key={`${d.kind}:${d.id}`} value={`${d.kind}:${d.id}`}>
                {d.kind}: {d.label}
              </option>
            ))}
          </select>
          <button type="submit" disabled={props.pending}>
            Cite
          </button>
        </>
      )}
      <button type="button" onClick={props.onCancel}>
        Cancel
      </button>
    </form>
  );
}
