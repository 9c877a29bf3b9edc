"use client";
/** A commitment's form: its words, the parties, when it is due and the event it was made at. */
import { ZCommitmentInput } from "@ties/domain";
import { EnglishTextField, PartiesField, RecordPicker } from "./field-blocks";
import { DateInput, FormFooter, type PickOption, type DraftProps, type SubmitChanges, useRecordForm, type Values } from "./form-parts";

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
  return (
    <form onSubmit={f.submit} className="record-form" aria-label="Commitment">
      <EnglishTextField form={f} name="text" label="Text" rows={3} />
      <PartiesField form={f} />
      <DateInput
        label="Due"
        value={(f.values.due as string | null) ?? null}
        onChange={(v) => f.set("due", v)}
        errors={f.errorsOf("due")}
        allowEmpty
      />
      <RecordPicker
        label="Made at (event)"
        errors={f.errorsOf("eventId")}
        options={props.events}
        selectedId={(f.values.eventId as string | null | undefined) ?? null}
        // Text that names no event leaves the commitment where it was made.
        onPick={(id) => f.set("eventId", id ?? props.initial.eventId ?? null)}
      />
      <FormFooter message={f.message} pending={f.pending} submitLabel={props.submitLabel} onCancel={props.onCancel} />
    </form>
  );
}
