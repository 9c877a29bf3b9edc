"use client";

import { useRouter } from "next/navigation";
import { AreaForm } from "../../../../../components/record-forms/area-form";
import { AgreementForm } from "../../../../../components/record-forms/agreement-form";
import { CommitmentForm } from "../../../../../components/record-forms/commitment-form";
import { EventForm } from "../../../../../components/record-forms/event-form";
import type { PickOption, Values } from "../../../../../components/record-forms/form-parts";
import { OrganizationForm } from "../../../../../components/record-forms/organization-form";
import { PersonForm } from "../../../../../components/record-forms/person-form";
import { saveRecord } from "./actions";
import type { EditableKind } from "./editable-kinds";

/** The kind's form over the record's current input; saving sends the whole input with the changes laid over it. */
export function RecordEditor(props: {
  kind: EditableKind;
  id: string;
  version: number;
  data: Values;
  people: PickOption[];
  events: PickOption[];
}) {
  const router = useRouter();
  const back = `/records/${props.kind}/${encodeURIComponent(props.id)}`;
  const onSubmit = async (changed: Values) => {
    const r = await saveRecord({ kind: props.kind, id: props.id, baseVersion: props.version, data: { ...props.data, ...changed } });
    if (r.ok) {
      router.push(back);
      router.refresh();
      return null;
    }
    return { message: r.message, fields: r.fields };
  };
  const common = { initial: props.data, onSubmit, submitLabel: "Save", onCancel: () => router.push(back) };
  switch (props.kind) {
    case "event":
      return <EventForm {...common} people={props.people} events={props.events.filter((e) => e.id !== props.id)} />;
    case "agreement":
      return <AgreementForm {...common} />;
    case "commitment":
      return <CommitmentForm {...common} events={props.events} />;
    case "person":
      return <PersonForm {...common} />;
    case "organization":
      return <OrganizationForm {...common} />;
    case "area":
      return <AreaForm {...common} />;
  }
}
