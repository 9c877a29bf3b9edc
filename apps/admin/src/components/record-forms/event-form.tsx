"use client";
/** An event's form: the fields curators change most (title, type, date, place, participants, summary, parent event). */
import { EVENT_TYPE_LABEL, EVENT_TYPES, ZEventInput } from "@ties/domain";
import { useId, useState } from "react";
import { EnglishTextField, RecordPicker, SelectField } from "./field-blocks";
import {
  DateInput,
  Field,
  FormFooter,
  type PickOption,
  type DraftProps,
  type SubmitChanges,
  useRecordForm,
  type Values,
} from "./form-parts";

interface Participant {
  personId: string;
  positionId?: string | null;
  side: string;
}

export function EventForm(
  props: DraftProps & {
    initial: Values;
    onSubmit: SubmitChanges;
    submitLabel: string;
    onCancel?: () => void;
    people: PickOption[];
    events: PickOption[];
  },
) {
  const f = useRecordForm(props.initial, ZEventInput, props.onSubmit, props);
  const location = (f.values.location as { city?: string; countryCode?: string } | undefined) ?? {};
  const participants = (f.values.participants as Participant[] | undefined) ?? [];
  const labelOf = (id: string, list: PickOption[]) => list.find((o) => o.id === id)?.label ?? id;
  const listId = useId();
  const [who, setWho] = useState("");
  const [side, setSide] = useState("KR");
  const addParticipant = () => {
    const person = props.people.find((p) => p.label === who.trim());
    if (!person) return;
    f.set("participants", [...participants, { personId: person.id, positionId: null, side }]);
    setWho("");
  };
  return (
    <form onSubmit={f.submit} className="record-form" aria-label="Event">
      <EnglishTextField form={f} name="title" label="Title" />
      <SelectField form={f} name="type" label="Type" options={EVENT_TYPES} optionLabel={(t) => EVENT_TYPE_LABEL[t]} fallback="meeting" />
      <DateInput
        label="Date"
        value={(f.values.date as string) ?? ""}
        onChange={(v) => f.set("date", v ?? "")}
        errors={f.errorsOf("date")}
        allowRange
      />
      <div className="form-row">
        <Field label="City" errors={f.errorsOf("location.city")}>
          {(id, aria) => (
            <input
              id={id}
              value={location.city ?? ""}
              onChange={(e) => f.set("location", { ...location, city: e.target.value || undefined })}
              {...aria}
            />
          )}
        </Field>
        <Field label="Country (code)" errors={f.errorsOf("location.countryCode")}>
          {(id, aria) => (
            <input
              id={id}
              value={location.countryCode ?? ""}
              maxLength={2}
              onChange={(e) => f.set("location", { ...location, countryCode: e.target.value.toUpperCase() || undefined })}
              {...aria}
            />
          )}
        </Field>
      </div>
      <fieldset>
        <legend>Participants</legend>
        {participants.length === 0 && <p>None yet.</p>}
        <ul className="plain">
          {participants.map((p, i) => (
            <li key={`${p.personId}-${i}`}>
              {labelOf(p.personId, props.people)} ({p.side}){" "}
              <button
                type="button"
                onClick={() =>
                  f.set(
                    "participants",
                    participants.filter((_, j) => j !== i),
                  )
                }
              >
                Remove {labelOf(p.personId, props.people)}
              </button>
            </li>
          ))}
        </ul>
        <div className="form-row">
          <Field label="Add a person" errors={f.errorsOf("participants")}>
            {(id, aria) => <input id={id} list={`${listId}-people`} value={who} onChange={(e) => setWho(e.target.value)} {...aria} />}
          </Field>
          <Field label="Side" errors={[]}>
            {(id) => <input id={id} value={side} maxLength={2} onChange={(e) => setSide(e.target.value.toUpperCase())} />}
          </Field>
          <button type="button" onClick={addParticipant}>
            Add participant
          </button>
        </div>
        <datalist id={`${listId}-people`}>
          {props.people.map((p) => (
            <option key={p.id} value={p.label} />
          ))}
        </datalist>
      </fieldset>
      <EnglishTextField form={f} name="summary" label="Summary" rows={4} />
      <RecordPicker
        label="Part of (parent event)"
        errors={f.errorsOf("parentEventId")}
        options={props.events}
        selectedId={(f.values.parentEventId as string | null | undefined) ?? null}
        onPick={(id) => f.set("parentEventId", id)}
      />
      <FormFooter message={f.message} pending={f.pending} submitLabel={props.submitLabel} onCancel={props.onCancel} />
    </form>
  );
}
