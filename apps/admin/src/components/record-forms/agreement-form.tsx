"use client";
/** An agreement's form: name, kind, parties and its milestone timeline. */
import { AGREEMENT_KIND_LABEL, AGREEMENT_KINDS, MILESTONE_KINDS, MILESTONE_LABEL, ZAgreementInput } from "@ties/domain";
import { EnglishTextField, PartiesField, SelectField } from "./field-blocks";
import { DateInput, Field, FormFooter, type DraftProps, type SubmitChanges, useRecordForm, type Values } from "./form-parts";

interface Milestone {
  kind: string;
  date: string;
  party?: string | null;
  eventId?: string | null;
}

export function AgreementForm(
  props: DraftProps & { initial: Values; onSubmit: SubmitChanges; submitLabel: string; onCancel?: () => void },
) {
  const f = useRecordForm(props.initial, ZAgreementInput, props.onSubmit, props);
  const milestones = (f.values.milestones as Milestone[] | undefined) ?? [];
  const setMilestone = (i: number, m: Partial<Milestone>) =>
    f.set(
      "milestones",
      milestones.map((x, j) => (j === i ? { ...x, ...m } : x)),
    );
  return (
    <form onSubmit={f.submit} className="record-form" aria-label="Agreement">
      <EnglishTextField form={f} name="name" label="Name" />
      <SelectField
        form={f}
        name="kind"
        label="Kind"
        options={AGREEMENT_KINDS}
        optionLabel={(k) => AGREEMENT_KIND_LABEL[k]}
        fallback="other"
      />
      <PartiesField form={f} />
      <fieldset>
        <legend>Milestones</legend>
        <ol className="timeline">
          {milestones.map((m, i) => (
            <li key={`${i}-${m.kind}`}>
              <Field label={`Milestone ${i + 1}`} errors={f.errorsOf(`milestones.${i}.kind`)}>
                {(id, aria) => (
                  <select id={id} value={m.kind} onChange={(e) => setMilestone(i, { kind: e.target.value })} {...aria}>
                    {MILESTONE_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {MILESTONE_LABEL[k]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <DateInput
                label={`Date of milestone ${i + 1}`}
                value={m.date}
                onChange={(v) => setMilestone(i, { date: v ?? "" })}
                errors={f.errorsOf(`milestones.${i}.date`)}
              />
              <button
                type="button"
                onClick={() =>
                  f.set(
                    "milestones",
                    milestones.filter((_, j) => j !== i),
                  )
                }
              >
                Remove milestone {i + 1}
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          onClick={() => f.set("milestones", [...milestones, { kind: "signed", date: "", party: null, eventId: null }])}
        >
          Add a milestone
        </button>
      </fieldset>
      <FormFooter message={f.message} pending={f.pending} submitLabel={props.submitLabel} onCancel={props.onCancel} />
    </form>
  );
}
