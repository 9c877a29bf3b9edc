"use client";
/** An organisation's form: name, kind and country. */
import { ORGANIZATION_KINDS, ZOrganizationInput } from "@ties/domain";
import { Field, FormFooter, type DraftProps, type SubmitChanges, useRecordForm, type Values } from "./form-parts";

export function OrganizationForm(
  props: DraftProps & { initial: Values; onSubmit: SubmitChanges; submitLabel: string; onCancel?: () => void },
) {
  const f = useRecordForm(props.initial, ZOrganizationInput, props.onSubmit, props);
  const name = (f.values.name as { en?: string } | undefined) ?? {};
  return (
    <form onSubmit={f.submit} className="record-form" aria-label="Organisation">
      <Field label="Name" errors={f.errorsOf("name")}>
        {(id, aria) => <input id={id} value={name.en ?? ""} onChange={(e) => f.set("name", { ...name, en: e.target.value })} {...aria} />}
      </Field>
      <Field label="Kind" errors={f.errorsOf("kind")}>
        {(id, aria) => (
          <select id={id} value={String(f.values.kind ?? "other")} onChange={(e) => f.set("kind", e.target.value)} {...aria}>
            {ORGANIZATION_KINDS.map((k) => (
              <option key={k} value={k}>
                {k.replace("_", " ")}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Country (code)" errors={f.errorsOf("countryCode")}>
        {(id, aria) => (
          <input
            id={id}
            maxLength={2}
            value={String(f.values.countryCode ?? "")}
            onChange={(e) => f.set("countryCode", e.target.value.toUpperCase() || null)}
            {...aria}
          />
        )}
      </Field>
      <FormFooter message={f.message} pending={f.pending} submitLabel={props.submitLabel} onCancel={props.onCancel} />
    </form>
  );
}
