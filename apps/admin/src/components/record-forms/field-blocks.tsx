"use client";
/**
 * Field blocks several record forms share, each bound by name to one field of a `useRecordForm`:
 * the English text of a translated field, a choice from an enumeration, a country code, the
 * parties of an agreement or a commitment, and a record picked by its label.
 */
import { type ChangeEvent, useId } from "react";
import { Field, type PickOption, splitList, type useRecordForm } from "./form-parts";

type RecordForm = ReturnType<typeof useRecordForm>;

interface Bound {
  form: RecordForm;
  /** The record input's field this block edits. */
  name: string;
  label: string;
}

/** The English text of a translated field (title, name, summary); the other languages are kept as they are. */
export function EnglishTextField({ form, name, label, rows }: Bound & { rows?: number }) {
  const text = (form.values[name] as { en?: string } | undefined) ?? {};
  const onChange = (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => form.set(name, { ...text, en: e.target.value });
  return (
    <Field label={label} errors={form.errorsOf(name)}>
      {(id, aria) =>
        rows ? (
          <textarea id={id} rows={rows} value={text.en ?? ""} onChange={onChange} {...aria} />
        ) : (
          <input id={id} value={text.en ?? ""} onChange={onChange} {...aria} />
        )
      }
    </Field>
  );
}

/** One value of an enumeration, shown by its label; `fallback` when the record has none yet. */
export function SelectField<T extends string>({
  form,
  name,
  label,
  options,
  optionLabel = (o) => o,
  fallback,
  disabled,
}: Bound & { options: readonly T[]; optionLabel?: (option: T) => string; fallback: T; disabled?: boolean }) {
  return (
    <Field label={label} errors={form.errorsOf(name)}>
      {(id, aria) => (
        <select
          id={id}
          value={String(form.values[name] || fallback)}
          disabled={disabled}
          onChange={(e) => form.set(name, e.target.value)}
          {...aria}
        >
          {options.map((o) => (
            <option key={o} value={o}>
              {optionLabel(o)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A two-letter country code, upper-cased as typed; empty means none. */
export function CountryCodeField({ form, name = "countryCode", label = "Country (code)" }: Partial<Bound> & { form: RecordForm }) {
  return (
    <Field label={label} errors={form.errorsOf(name)}>
      {(id, aria) => (
        <input
          id={id}
          maxLength={2}
          value={String(form.values[name] ?? "")}
          onChange={(e) => form.set(name, e.target.value.toUpperCase() || null)}
          {...aria}
        />
      )}
    </Field>
  );
}

/** The countries party to an agreement or a commitment, typed as codes separated by commas or spaces. */
export function PartiesField({ form }: { form: RecordForm }) {
  const parties = (form.values.parties as string[] | undefined) ?? [];
  return (
    <Field label="Parties (country codes, comma-separated)" errors={form.errorsOf("parties")}>
      {(id, aria) => (
        <input
          id={id}
          defaultValue={parties.join(", ")}
          onChange={(e) => form.set("parties", splitList(e.target.value.toUpperCase(), /[,\s]+/))}
          {...aria}
        />
      )}
    </Field>
  );
}

/**
 * A record chosen by typing its label, with the known ones offered as suggestions. `onPick` gets
 * the chosen record's id, or null while the text names none.
 */
export function RecordPicker({
  label,
  errors,
  options,
  selectedId,
  onPick,
}: {
  label: string;
  errors: string[];
  options: PickOption[];
  selectedId: string | null;
  onPick: (id: string | null) => void;
}) {
  const listId = useId();
  const selected = selectedId ? (options.find((o) => o.id === selectedId)?.label ?? selectedId) : "";
  return (
    <>
      <Field label={label} errors={errors}>
        {(id, aria) => (
          <input
            id={id}
            list={listId}
            defaultValue={selected}
            onChange={(e) => onPick(options.find((o) => o.label === e.target.value.trim())?.id ?? null)}
            {...aria}
          />
        )}
      </Field>
      <datalist id={listId}>
        {options.map((o) => (
          <option key={o.id} value={o.label} />
        ))}
      </datalist>
    </>
  );
}
