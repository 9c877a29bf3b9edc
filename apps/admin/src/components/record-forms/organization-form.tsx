"use client";
/** An organisation's form: name, kind and country. */
import { ORGANIZATION_KINDS, ZOrganizationInput } from "@ties/domain";
import { CountryCodeField, EnglishTextField, SelectField } from "./field-blocks";
import { type DraftProps, FormFooter, type SubmitChanges, useRecordForm, type Values } from "./form-parts";

export function OrganizationForm(
  props: DraftProps & { initial: Values; onSubmit: SubmitChanges; submitLabel: string; onCancel?: () => void },
) {
  const f = useRecordForm(props.initial, ZOrganizationInput, props.onSubmit, props);
  return (
    <form onSubmit={f.submit} className="record-form" aria-label="Organisation">
      <EnglishTextField form={f} name="name" label="Name" />
      <SelectField
        form={f}
        name="kind"
        label="Kind"
        options={ORGANIZATION_KINDS}
        optionLabel={(k) => k.replace("_", " ")}
        fallback="other"
      />
      <CountryCodeField form={f} />
      <FormFooter message={f.message} pending={f.pending} submitLabel={props.submitLabel} onCancel={props.onCancel} />
    </form>
  );
}
