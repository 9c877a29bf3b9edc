"use client";
/**
 * Pieces every record form shares: a labelled field with its messages, a date input that takes a
 * precision (day, month, year) or a range, and the form state that sends only what changed,
 * checked by the domain's own schema before it leaves the browser.
 */
import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import type { z } from "zod";

export type Values = Record<string, unknown>;
export type Fields = Record<string, string[]>;
export interface SubmitResult {
  message: string | null;
  fields: Fields;
}
/** What a form hands back: only the top-level fields of the record input the curator changed. */
export type SubmitChanges = (changed: Values) => Promise<SubmitResult | null>;

export const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What an editing page may add to a form: values to start from instead of the record's (a draft
 * kept in the browser), and a listener told of every change (to keep that draft).
 */
export interface DraftProps {
  start?: Values;
  onValuesChange?: (values: Values) => void;
}

/** Field path ("title.en", "milestones.0.date") -> messages, as the API reports them. */
function issuesToFields(error: z.ZodError): Fields {
  const out: Fields = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_";
    out[key] = [...(out[key] ?? []), issue.message];
  }
  return out;
}

/** Form state over a record input: values, messages by field, and a submit that validates the changed fields. */
export function useRecordForm(initial: Values, schema: z.ZodObject, onSubmit: SubmitChanges, draft: DraftProps = {}) {
  const [values, setValues] = useState<Values>(draft.start ?? initial);
  const onValuesChange = useRef(draft.onValuesChange);
  onValuesChange.current = draft.onValuesChange;
  useEffect(() => onValuesChange.current?.(values), [values]);
  const [fields, setFields] = useState<Fields>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const set = (key: string, value: unknown) => setValues((v) => ({ ...v, [key]: value }));
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const changed: Values = {};
    for (const [k, v] of Object.entries(values)) if (!same(v, initial[k])) changed[k] = v;
    const keys = Object.keys(changed).filter((k) => k in schema.shape);
    if (keys.length) {
      const picked = schema.pick(Object.fromEntries(keys.map((k) => [k, true])) as Record<string, true>);
      const checked = picked.safeParse(changed);
      if (!checked.success) {
        setFields(issuesToFields(checked.error));
        setMessage("Some fields need a fix.");
        return;
      }
    }
    setPending(true);
    const result = await onSubmit(changed);
    setPending(false);
    setFields(result?.fields ?? {});
    setMessage(result?.message ?? null);
  }
  /** Messages for a field and the fields under it. */
  const errorsOf = (path: string) =>
    Object.entries(fields)
      .filter(([k]) => k === path || k.startsWith(`${path}.`))
      .flatMap(([, m]) => m);
  return { values, set, submit, errorsOf, message, pending };
}

export function Field({
  label,
  errors,
  children,
  hint,
}: {
  label: string;
  errors: string[];
  hint?: string;
  children: (id: string, aria: object) => ReactNode;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, errors.length ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={hintId} className="hint">
          {hint}
        </span>
      )}
      {children(id, { "aria-invalid": errors.length ? true : undefined, "aria-describedby": describedBy })}
      {errors.length > 0 && (
        <p id={errorId} className="field-error">
          {errors.join(" ")}
        </p>
      )}
    </div>
  );
}

type Precision = "day" | "month" | "year" | "range";
const precisionOf = (v: string): Precision => (v.includes("/") ? "range" : v.length === 4 ? "year" : v.length === 7 ? "month" : "day");

/** A date with its precision (2025-03-07, 2025-03, 2025) or, where allowed, a range START/END. */
export function DateInput({
  label,
  value,
  onChange,
  errors,
  allowRange = false,
  allowEmpty = false,
}: {
  label: string;
  value: string | null;
  onChange: (v: string | null) => void;
  errors: string[];
  allowRange?: boolean;
  allowEmpty?: boolean;
}) {
  const id = useId();
  const v = value ?? "";
  const [precision, setPrecision] = useState<Precision>(v ? precisionOf(v) : "day");
  const [from, to] = v.includes("/") ? v.split("/") : [v, ""];
  const emit = (s: string) => onChange(s === "" && allowEmpty ? null : s);
  function changePrecision(p: Precision) {
    setPrecision(p);
    const base = from ?? "";
    if (p === "year") emit(base.slice(0, 4));
    else if (p === "month") emit(base.slice(0, 7));
    else if (p === "day") emit(base.length === 10 ? base : "");
    else emit(base.length === 10 ? `${base}/${base}` : "");
  }
  const errorId = `${id}-error`;
  const aria = { "aria-invalid": errors.length ? true : undefined, "aria-describedby": errors.length ? errorId : undefined };
  return (
    <fieldset className="date-input">
      <legend>{label}</legend>
      <label htmlFor={`${id}-p`}>Precision</label>
      <select id={`${id}-p`} value={precision} onChange={(e) => changePrecision(e.target.value as Precision)}>
        <option value="day">Day</option>
        <option value="month">Month</option>
        <option value="year">Year</option>
        {allowRange && <option value="range">Range of days</option>}
      </select>
      {precision === "day" && (
        <>
          <label htmlFor={`${id}-d`}>Day</label>
          <input id={`${id}-d`} type="date" value={from} onChange={(e) => emit(e.target.value)} {...aria} />
        </>
      )}
      {precision === "month" && (
        <>
          <label htmlFor={`${id}-m`}>Month (YYYY-MM)</label>
          <input
            id={`${id}-m`}
            type="text"
            inputMode="numeric"
            pattern="\d{4}-\d{2}"
            value={from}
            onChange={(e) => emit(e.target.value)}
            {...aria}
          />
        </>
      )}
      {precision === "year" && (
        <>
          <label htmlFor={`${id}-y`}>Year</label>
          <input id={`${id}-y`} type="text" inputMode="numeric" value={from} onChange={(e) => emit(e.target.value)} {...aria} />
        </>
      )}
      {precision === "range" && (
        <>
          <label htmlFor={`${id}-f`}>From</label>
          <input id={`${id}-f`} type="date" value={from} onChange={(e) => emit(`${e.target.value}/${to ?? ""}`)} {...aria} />
          <label htmlFor={`${id}-t`}>To</label>
          <input id={`${id}-t`} type="date" value={to} onChange={(e) => emit(`${from ?? ""}/${e.target.value}`)} {...aria} />
        </>
      )}
      {errors.length > 0 && (
        <p id={errorId} className="field-error">
          {errors.join(" ")}
        </p>
      )}
    </fieldset>
  );
}

/** A list of names or codes typed one per line (variants) or separated by commas (country codes). */
export const splitList = (s: string, sep: RegExp) =>
  s
    .split(sep)
    .map((x) => x.trim())
    .filter(Boolean);

/** Options for searchable pickers: id and the label a curator types. */
export interface PickOption {
  id: string;
  label: string;
}

export function FormFooter({
  message,
  pending,
  submitLabel,
  onCancel,
}: {
  message: string | null;
  pending: boolean;
  submitLabel: string;
  onCancel?: () => void;
}) {
  return (
    <div className="form-footer">
      {message && (
        <p role="alert" className="error">
          {message}
        </p>
      )}
      <button type="submit" disabled={pending}>
        {submitLabel}
      </button>
      {onCancel && (
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      )}
    </div>
  );
}
