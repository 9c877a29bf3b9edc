"use client";
/** A cooperation area's form: its name in each language and its parent area. */
import { AREA_TAXONOMY, ZArea } from "@ties/domain";
import { useId } from "react";
import { Field, FormFooter, type SubmitChanges, useRecordForm, type Values } from "./form-parts";

const LANGS = [
  ["en", "Name (English)"],
  ["fr", "Name (French)"],
  ["ko", "Name (Korean)"],
] as const;

export function AreaForm(props: { initial: Values; onSubmit: SubmitChanges; submitLabel: string; onCancel?: () => void }) {
  const f = useRecordForm(props.initial, ZArea, props.onSubmit);
  const name = (f.values.name as Record<string, string | undefined> | undefined) ?? {};
  const listId = useId();
  const self = String(f.values.slug ?? "");
  return (
    <form onSubmit={f.submit} className="record-form" aria-label="Area">
      {LANGS.map(([lang, label]) => (
        <Field key={lang} label={label} errors={f.errorsOf(`name.${lang}`)}>
          {(id, aria) => (
            <input
              id={id}
              lang={lang}
              value={name[lang] ?? ""}
              onChange={(e) => f.set("name", { ...name, [lang]: e.target.value || undefined })}
              {...aria}
            />
          )}
        </Field>
      ))}
      <Field label="Parent area (slug)" errors={f.errorsOf("parentSlug")} hint="Empty for a top-level area; suggestions list the taxonomy.">
        {(id, aria) => (
          <>
            <input
              id={id}
              list={listId}
              value={String(f.values.parentSlug ?? "")}
              onChange={(e) => f.set("parentSlug", e.target.value.trim() || null)}
              {...aria}
            />
            <datalist id={listId}>
              {AREA_TAXONOMY.filter((a) => a.slug !== self).map((a) => (
                <option key={a.slug} value={a.slug}>
                  {a.name.en}
                </option>
              ))}
            </datalist>
          </>
        )}
      </Field>
      <FormFooter message={f.message} pending={f.pending} submitLabel={props.submitLabel} onCancel={props.onCancel} />
    </form>
  );
}
