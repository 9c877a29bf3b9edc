"use client";
/**
 * A claim: what a source states (the statement, its quote, the record and field it is about and
 * the value it gives, ranked against competing values), and the verdict on it with the reasons
 * and the sources for and against. The verdict is an editor's judgement: curators see it read-only.
 */
import { CLAIM_VERDICTS, REVIEWABLE_KINDS, VERDICT_LABEL, ZClaimInput } from "@ties/domain";
import { useId } from "react";
import { SourceAndQuote } from "../source-and-quote";
import { SelectField } from "./field-blocks";
import { Field, FormFooter, type PickOption, type SubmitChanges, useRecordForm, type Values } from "./form-parts";

const RANKS = [
  ["preferred", "Preferred: the value Ties shows"],
  ["normal", "Normal"],
  ["deprecated", "Deprecated: known to be wrong"],
] as const;

interface Subject {
  kind: string;
  id: string;
  field: string | null;
}

function SourceChecks(props: {
  legend: string;
  name: string;
  sources: PickOption[];
  chosen: string[];
  disabled: boolean;
  onChange: (ids: string[]) => void;
}) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      <div className="checks">
        {props.sources.map((s) => (
          <label key={s.id}>
            <input
              type="checkbox"
              name={props.name}
              checked={props.chosen.includes(s.id)}
              disabled={props.disabled}
              onChange={(e) => props.onChange(e.target.checked ? [...props.chosen, s.id] : props.chosen.filter((x) => x !== s.id))}
            />
            {s.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function ClaimForm(props: {
  initial: Values;
  onSubmit: SubmitChanges;
  submitLabel: string;
  onCancel?: () => void;
  mayJudge: boolean;
  sources: PickOption[];
}) {
  const f = useRecordForm(props.initial, ZClaimInput, props.onSubmit);
  const sourceAndQuoteId = useId();
  const text = (k: string) => String(f.values[k] ?? "");
  const subject = (f.values.subject as Subject | null | undefined) ?? null;
  const setSubject = (s: Partial<Subject>) => {
    const next = { kind: subject?.kind ?? "event", id: subject?.id ?? "", field: subject?.field ?? null, ...s };
    f.set("subject", next.kind === "" ? null : next);
  };
  const list = (k: string) => (f.values[k] as string[] | undefined) ?? [];
  return (
    <form onSubmit={f.submit} className="record-form" aria-label="Claim">
      <Field label="Statement" errors={f.errorsOf("statement")} hint="What the source states, in one sentence.">
        {(id, aria) => (
          <textarea id={id} rows={3} value={text("statement")} onChange={(e) => f.set("statement", e.target.value)} {...aria} />
        )}
      </Field>
      <SourceAndQuote
        idPrefix={sourceAndQuoteId}
        sources={props.sources}
        source={{
          label: "Made in (source)",
          errors: f.errorsOf("sourceId"),
          select: { value: text("sourceId"), onChange: (e) => f.set("sourceId", e.target.value) },
        }}
        quote={{
          label: "Quote (optional)",
          hint: "The source's own words.",
          errors: f.errorsOf("quote"),
          textarea: { rows: 2, value: text("quote"), onChange: (e) => f.set("quote", e.target.value || undefined) },
        }}
      />
      <fieldset>
        <legend>About</legend>
        <div className="form-row">
          <Field label="Record kind" errors={f.errorsOf("subject.kind")}>
            {(id, aria) => (
              <select id={id} value={subject?.kind ?? ""} onChange={(e) => setSubject({ kind: e.target.value })} {...aria}>
                <option value="">No record</option>
                {REVIEWABLE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {k}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Record id" errors={f.errorsOf("subject.id")}>
            {(id, aria) => (
              <input id={id} value={subject?.id ?? ""} disabled={!subject} onChange={(e) => setSubject({ id: e.target.value })} {...aria} />
            )}
          </Field>
          <Field label="Field" errors={f.errorsOf("subject.field")} hint="e.g. date">
            {(id, aria) => (
              <input
                id={id}
                value={subject?.field ?? ""}
                disabled={!subject}
                onChange={(e) => setSubject({ field: e.target.value || null })}
                {...aria}
              />
            )}
          </Field>
        </div>
        <div className="form-row">
          <Field label="Value the source gives" errors={f.errorsOf("value")} hint="e.g. 2014-09-22">
            {(id, aria) => <input id={id} value={text("value")} onChange={(e) => f.set("value", e.target.value || undefined)} {...aria} />}
          </Field>
          <Field label="Rank" errors={f.errorsOf("rank")}>
            {(id, aria) => (
              <select id={id} value={text("rank") || "normal"} onChange={(e) => f.set("rank", e.target.value)} {...aria}>
                {RANKS.map(([r, label]) => (
                  <option key={r} value={r}>
                    {label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </fieldset>
      <fieldset>
        <legend>Verdict</legend>
        {!props.mayJudge && <p className="hint">Only an editor gives a verdict.</p>}
        <SelectField
          form={f}
          name="verdict"
          label="Verdict"
          options={CLAIM_VERDICTS}
          optionLabel={(v) => VERDICT_LABEL[v]}
          fallback="unverified"
          disabled={!props.mayJudge}
        />
        <Field label="Reasons" errors={f.errorsOf("reasoning")}>
          {(id, aria) => (
            <textarea
              id={id}
              rows={3}
              value={text("reasoning")}
              readOnly={!props.mayJudge}
              onChange={(e) => f.set("reasoning", e.target.value)}
              {...aria}
            />
          )}
        </Field>
        <SourceChecks
          legend="Sources for"
          name="supportingSourceIds"
          sources={props.sources}
          chosen={list("supportingSourceIds")}
          disabled={!props.mayJudge}
          onChange={(ids) => f.set("supportingSourceIds", ids)}
        />
        <SourceChecks
          legend="Sources against"
          name="opposingSourceIds"
          sources={props.sources}
          chosen={list("opposingSourceIds")}
          disabled={!props.mayJudge}
          onChange={(ids) => f.set("opposingSourceIds", ids)}
        />
        {f.errorsOf("supportingSourceIds").length + f.errorsOf("opposingSourceIds").length > 0 && (
          <p className="field-error">{[...f.errorsOf("supportingSourceIds"), ...f.errorsOf("opposingSourceIds")].join(" ")}</p>
        )}
      </fieldset>
      <FormFooter message={f.message} pending={f.pending} submitLabel={props.submitLabel} onCancel={props.onCancel} />
    </form>
  );
}
