"use client";
/** A commitment's form: its words, the parties, when it is due and the event it was made at. */
import { ZCommitmentInput } from "@ties/domain";
import { useId } from "react";
import {
  DateInput,
  Field,
  FormFooter,
  type PickOption,
  splitList,
  type DraftProps,
  type SubmitChanges,
  useRecordForm,
  type Values,
} from "./form-parts";

export function CommitmentForm(
  props: DraftProps & {
    initial: Values;
    onSubmit: SubmitChanges;
    submitLabel: string;
    onCancel?: () => void;
    events: PickOption[];
  },
) {
  const f = useRecordForm(props.initial, ZCommitmentInput, props.onSubmit, props);
  const text = (f.values.text as { en?: string } | undefined) ?? {};
  const parties = (f.values.parties as string[] | undefined) ?? [];
  const listId = useId();
  const eventLabel = f.values.eventId ? (props.events.find((e) => e.id === f.values.eventId)?.label ?? String(f.values.eventId)) : "";
  return (
    <form onSubmit={f.submit} className="record-form" aria-label="Commitment">
      <Field label="Text" errors={f.errorsOf("text")}>
        {(id, aria) => (
          <textarea id={id} rows={3} value={text.en ?? ""} onChange={(e) => f.set("text", { ...text, en: e.target.value })} {...aria} />
        )}
      </Field>
      <Field label="Parties (country codes, comma-separated)" errors={f.errorsOf("parties")}>
        {(id, aria) => (
          <input
            id={id}
            defaultValue={parties.join(", ")}
            onChange={(e) => f.set("parties", splitList(e.target.value.toUpperCase(), /[,\s]+/))}
            {...aria}
          />
        )}
      </Field>
      <DateInput
        label="Due"
        value={(f.values.due as string | null) ?? null}
        onChange={(v) => f.set("due", v)}
        errors={f.errorsOf("due")}
        allowEmpty
      />
      <Field label="Made at (event)" errors={f.errorsOf("eventId")}>
        {(id, aria) => (
          <input
            id={id}
            list={`${listId}-events`}
            defaultValue={eventLabel}
            onChange={(e) => {
              const picked = props.events.find((o) => o.label === e.target.value.trim());
              f.set("eventId", picked ? picked.id : (props.initial.eventId ?? null));
            }}
            {...aria}
          />
        )}
      </Field>
      <datalist id={`${listId}-events`}>
        {props.events.map((o) => (
          <option key={o.id} value={o.label} />
        ))}
      </datalist>
      <FormFooter message={f.message} pending={f.pending} submitLabel={props.submitLabel} onCancel={props.onCancel} />
    </form>
  );
}
