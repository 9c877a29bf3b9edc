"use client";
/**
 * A source's metadata (title, publisher, address, dates, language) and its grade with the reason.
 * The grade is an editor's judgement: curators see it, read-only, with who may change it.
 */
import { GRADE_LABELS, SOURCE_GRADES, SOURCE_KINDS, ZSourceInput } from "@ties/domain";
import { SelectField } from "./field-blocks";
import { DateInput, Field, FormFooter, type SubmitChanges, useRecordForm, type Values } from "./form-parts";

export function SourceForm(props: {
  initial: Values;
  onSubmit: SubmitChanges;
  submitLabel: string;
  onCancel?: () => void;
  mayGrade: boolean;
}) {
  const f = useRecordForm(props.initial, ZSourceInput, props.onSubmit);
  const text = (k: string) => String(f.values[k] ?? "");
  return (
    <form onSubmit={f.submit} className="record-form" aria-label="Source">
      <Field label="Title" errors={f.errorsOf("title")}>
        {(id, aria) => <input id={id} value={text("title")} onChange={(e) => f.set("title", e.target.value)} {...aria} />}
      </Field>
      <Field label="Publisher" errors={f.errorsOf("publisherName")}>
        {(id, aria) => <input id={id} value={text("publisherName")} onChange={(e) => f.set("publisherName", e.target.value)} {...aria} />}
      </Field>
      <SelectField form={f} name="kind" label="Kind" options={SOURCE_KINDS} fallback="other" />
      <Field label="Address (URL)" errors={f.errorsOf("url")} hint="http:// or https://; leave empty for a document with no address.">
        {(id, aria) => (
          <input id={id} type="url" value={text("url")} onChange={(e) => f.set("url", e.target.value.trim() || null)} {...aria} />
        )}
      </Field>
      <DateInput
        label="Published"
        value={(f.values.publishedAt as string | null) ?? null}
        onChange={(v) => f.set("publishedAt", v)}
        errors={f.errorsOf("publishedAt")}
        allowEmpty
      />
      <Field label="Accessed on" errors={f.errorsOf("accessedAt")}>
        {(id, aria) => (
          <input id={id} type="date" value={text("accessedAt")} onChange={(e) => f.set("accessedAt", e.target.value || null)} {...aria} />
        )}
      </Field>
      <Field label="Language (code)" errors={f.errorsOf("language")} hint="en, fr, ko…">
        {(id, aria) => (
          <input id={id} maxLength={8} value={text("language")} onChange={(e) => f.set("language", e.target.value)} {...aria} />
        )}
      </Field>
      <fieldset>
        <legend>Grade</legend>
        {!props.mayGrade && <p className="hint">Only an editor grades a source.</p>}
        <SelectField
          form={f}
          name="grade"
          label="Grade (A-F)"
          options={SOURCE_GRADES}
          optionLabel={(g) => `${g}: ${GRADE_LABELS[g]}`}
          fallback="F"
          disabled={!props.mayGrade}
        />
        <Field label="Why this grade" errors={f.errorsOf("gradeReason")}>
          {(id, aria) => (
            <textarea
              id={id}
              rows={3}
              value={text("gradeReason")}
              onChange={(e) => f.set("gradeReason", e.target.value)}
              readOnly={!props.mayGrade}
              {...aria}
            />
          )}
        </Field>
      </fieldset>
      <FormFooter message={f.message} pending={f.pending} submitLabel={props.submitLabel} onCancel={props.onCancel} />
    </form>
  );
}
