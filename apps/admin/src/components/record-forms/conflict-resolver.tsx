"use client";
/**
 * The conflict screen: someone saved the record after this form was opened. Each field where
 * their version and yours differ is shown side by side, in words, with a choice: take theirs,
 * keep mine, or edit. Saving writes the result on top of their (newer) revision, so neither
 * person's work is lost.
 */
import { useEffect, useId, useRef, useState } from "react";
import { displayValue, fieldName, type NameLookup } from "./field-display";
import { same, type Values } from "./form-parts";
import "./record-compare.css";

type Choice = "theirs" | "mine" | "edit";

export interface ConflictState {
  /** What the form was opened on, what the curator made of it, and what is saved now. */
  base: Values;
  mine: Values;
  theirs: Values;
  theirVersion: number;
  baseVersion: number;
  changedBy: string | null;
  changedAt: string | null;
}

const isText = (v: unknown): v is { en: string } =>
  typeof v === "object" && v !== null && !Array.isArray(v) && typeof (v as { en?: unknown }).en === "string";

/** The editable form of a value: a text's English words, a string as is, anything else as JSON. */
function editableOf(v: unknown): string {
  if (isText(v)) return v.en;
  if (typeof v === "string") return v;
  return JSON.stringify(v ?? null, null, 1);
}

/** Reads an edited value back in the shape of the curator's own version of the field. */
function parseEdited(text: string, like: unknown): { ok: true; value: unknown } | { ok: false } {
  if (isText(like)) return { ok: true, value: { ...like, en: text } };
  if (typeof like === "string" || like === undefined) return { ok: true, value: text };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

export function ConflictResolver(props: {
  kind: string;
  conflict: ConflictState;
  nameOf: NameLookup;
  pending: boolean;
  message: string | null;
  onSave: (merged: Values) => void;
  onDiscardMine: () => void;
}) {
  const { base, mine, theirs, theirVersion, changedBy, changedAt } = props.conflict;
  const keys = [...new Set([...Object.keys(theirs), ...Object.keys(mine)])].filter((k) => !same(mine[k], theirs[k]));
  const defaultChoice = (k: string): Choice => (!same(mine[k], base[k]) ? "mine" : "theirs");
  const [choices, setChoices] = useState<Record<string, Choice>>(() => Object.fromEntries(keys.map((k) => [k, defaultChoice(k)])));
  const [edits, setEdits] = useState<Record<string, string>>(() => Object.fromEntries(keys.map((k) => [k, editableOf(mine[k])])));
  const [invalid, setInvalid] = useState<string[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  const id = useId();
  useEffect(() => heading.current?.focus(), []);
  const who = changedBy ?? "Someone";
  const when = changedAt ? ` at ${changedAt.slice(0, 16).replace("T", " ")}` : "";
  const show = (k: string, v: unknown) => displayValue(k, v, { kind: props.kind, nameOf: props.nameOf });

  function save(e: React.FormEvent) {
    e.preventDefault();
    const merged: Values = { ...theirs };
    const bad: string[] = [];
    for (const k of keys) {
      const c = choices[k] ?? "theirs";
      if (c === "mine") merged[k] = mine[k];
      else if (c === "edit") {
        const parsed = parseEdited(edits[k] ?? "", mine[k] ?? theirs[k]);
        if (parsed.ok) merged[k] = parsed.value;
        else bad.push(k);
      }
    }
    setInvalid(bad);
    if (bad.length === 0) props.onSave(merged);
  }

  return (
    <section className="conflict" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} ref={heading} tabIndex={-1}>
        {who} saved this record first
      </h2>
      <p>
        {who} saved revision {theirVersion}
        {when} while you were editing revision {props.conflict.baseVersion}. Nothing you typed is lost: for each field where the two
        versions differ, take theirs, keep yours or edit, then save on top of revision {theirVersion}.
      </p>
      {keys.length === 0 && <p>Your changes and theirs are the same: saving keeps them.</p>}
      <form onSubmit={save} aria-label="Resolve the conflict">
        {keys.map((k) => {
          const choice = choices[k] ?? "theirs";
          const name = fieldName(k);
          const fid = `${id}-${k}`;
          return (
            <fieldset key={k} className="conflict-field">
              <legend>{name}</legend>
              <div className="conflict-sides">
                <div>
                  <p className="tag">Theirs (revision {theirVersion})</p>
                  <p data-side="theirs">{show(k, theirs[k])}</p>
                </div>
                <div>
                  <p className="tag">Yours</p>
                  <p data-side="mine">{show(k, mine[k])}</p>
                </div>
              </div>
              <div className="conflict-choice" role="radiogroup" aria-label={`Which ${name.toLowerCase()} to save`}>
                {(
                  [
                    ["theirs", "Take theirs"],
                    ["mine", "Keep mine"],
                    ["edit", "Edit"],
                  ] as const
                ).map(([value, label]) => (
                  <label key={value}>
                    <input
                      type="radio"
                      name={fid}
                      value={value}
                      checked={choice === value}
                      onChange={() => setChoices((c) => ({ ...c, [k]: value }))}
                    />{" "}
                    {label}
                    <span className="visually-hidden"> for {name}</span>
                  </label>
                ))}
              </div>
              {choice === "edit" && (
                <>
                  <label htmlFor={`${fid}-edit`}>{name}, as you want it saved</label>
                  <textarea
                    id={`${fid}-edit`}
                    rows={isText(mine[k]) || typeof mine[k] === "string" ? 3 : 6}
                    value={edits[k] ?? ""}
                    onChange={(e) => setEdits((x) => ({ ...x, [k]: e.target.value }))}
                    aria-invalid={invalid.includes(k) || undefined}
                    aria-describedby={invalid.includes(k) ? `${fid}-error` : undefined}
                  />
                  {invalid.includes(k) && (
                    <p id={`${fid}-error`} className="field-error">
                      This is not valid: keep the same shape as shown.
                    </p>
                  )}
                </>
              )}
            </fieldset>
          );
        })}
        {props.message && (
          <p role="alert" className="error">
            {props.message}
          </p>
        )}
        <div className="form-footer">
          <button type="submit" disabled={props.pending}>
            Save on top of revision {theirVersion}
          </button>
          <button type="button" onClick={props.onDiscardMine}>
            Discard my changes
          </button>
        </div>
      </form>
    </section>
  );
}
