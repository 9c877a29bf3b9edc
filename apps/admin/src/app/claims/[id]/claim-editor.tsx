"use client";

import { useRouter } from "next/navigation";
import { ClaimForm } from "../../../components/record-forms/claim-form";
import type { PickOption, Values } from "../../../components/record-forms/form-parts";
import { saveClaim } from "./actions";

/** The claim form over a claim (or a new one); saving goes back to the claim's page. */
export function ClaimEditor(props: { id: string | null; version: number | null; data: Values; mayJudge: boolean; sources: PickOption[] }) {
  const router = useRouter();
  return (
    <ClaimForm
      initial={props.data}
      mayJudge={props.mayJudge}
      sources={props.sources}
      submitLabel={props.id ? "Save" : "Add the claim"}
      onSubmit={async (changed) => {
        const r = await saveClaim({
          id: props.id,
          baseVersion: props.version,
          changed: props.id ? changed : { ...props.data, ...changed },
        });
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
