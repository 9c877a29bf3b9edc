/**
 * Where words come from: a menu of sources and a box for the source's own words, each labelled,
 * with its hint and messages. The claim form drives it from its state; a record's citations post
 * it as a plain form. No hooks, so both a client form and a server-rendered one can hold it.
 */
import type { ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

interface Part {
  label: string;
  hint?: string;
  errors?: string[];
}

type Aria = { "aria-invalid"?: true; "aria-describedby"?: string };

function Labelled({ id, part, children }: { id: string; part: Part; children: (aria: Aria) => ReactNode }) {
  const errors = part.errors ?? [];
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [part.hint ? hintId : null, errors.length ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{part.label}</label>
      {part.hint && (
        <span id={hintId} className="hint">
          {part.hint}
        </span>
      )}
      {children({ "aria-invalid": errors.length ? true : undefined, "aria-describedby": describedBy })}
      {errors.length > 0 && (
        <p id={errorId} className="field-error">
          {errors.join(" ")}
        </p>
      )}
    </div>
  );
}

/**
 * The source menu (its first choice empty: "Choose a source"), then `children` (fields that sit
 * between, such as a citation's field), then the quote. `idPrefix` names the controls' ids.
 */
export function SourceAndQuote(props: {
  idPrefix: string;
  sources: { id: string; label: string }[];
  source: Part & { select: SelectHTMLAttributes<HTMLSelectElement> };
  quote: Part & { textarea: TextareaHTMLAttributes<HTMLTextAreaElement> };
  children?: ReactNode;
}) {
  const sourceId = `${props.idPrefix}-source`;
  const quoteId = `${props.idPrefix}-quote`;
  return (
    <>
      <Labelled id={sourceId} part={props.source}>
        {(aria) => (
          <select id={sourceId} {...props.source.select} {...aria}>
            <option value="">Choose a source</option>
            {props.sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        )}
      </Labelled>
      {props.children}
      <Labelled id={quoteId} part={props.quote}>
        {(aria) => <textarea id={quoteId} {...props.quote.textarea} {...aria} />}
      </Labelled>
    </>
  );
}
