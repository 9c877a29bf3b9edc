"use client";
/** A person's form: name, country and the other spellings sources use. */
import { ZPersonInput } from "@ties/domain";
import { CountryCodeField } from "./field-blocks";
import { Field, FormFooter, splitList, type DraftProps, type SubmitChanges, useRecordForm, type Values } from "./form-parts";

interface Variant {
  name: string;
  kind?: string;
  lang?: string;
}

export function PersonForm(props: DraftProps & { initial: Values; onSubmit: SubmitChanges; submitLabel: string; onCancel?: () => void }) {
  const f = useRecordForm(props.initial, ZPersonInput, props.onSubmit, props);
  const variants = (f.values.variants as Variant[] | undefined) ?? [];
  return (
    <form onSubmit={f.submit} className="record-form" aria-label="Person">
      <Field label="Name" errors={f.errorsOf("name")}>
        {(id, aria) => <input id={id} value={String(f.values.name ?? "")} onChange={(e) => f.set("name", e.target.value)} {...aria} />}
      </Field>
      <CountryCodeField form={f} />
      <Field label="Other spellings (one per line)" errors={f.errorsOf("variants")}>
        {(id, aria) => (
          <textarea
            id={id}
            rows={3}
            defaultValue={variants.map((v) => v.name).join("\n")}
            onChange={(e) =>
              f.set(
                "variants",
                splitList(e.target.value, /\n/).map((name) => variants.find((v) => v.name === name) ?? { name, kind: "spelling" }),
              )
            }
            {...aria}
          />
        )}
      </Field>
      <FormFooter message={f.message} pending={f.pending} submitLabel={props.submitLabel} onCancel={props.onCancel} />
    </form>
  );
}
