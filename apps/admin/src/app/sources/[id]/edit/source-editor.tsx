"use client";

import { useRouter } from "next/navigation";
import type { Values } from "../../../../components/record-forms/form-parts";
import { SourceForm } from "../../../../components/record-forms/source-form";
import { saveSource } from "./actions";

export function SourceEditor(props: { id: string; version: number; data: Values; mayGrade: boolean }) {
  const router = useRouter();
  const back = `/records/source/${encodeURIComponent(props.id)}`;
  return (
    <SourceForm
      initial={props.data}
      mayGrade={props.mayGrade}
      submitLabel="Save"
      onCancel={() => router.push(back)}
      onSubmit={async (changed) => {
        const r = await saveSource({ id: props.id, baseVersion: props.version, changed });
        if (r.ok) {
          router.push(r.next);
          router.refresh();
          return null;
        }
        return { message: r.message, fields: r.fields };
      }}
    />
  );
}
