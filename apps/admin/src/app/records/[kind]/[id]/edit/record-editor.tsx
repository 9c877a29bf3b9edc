"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import { AreaForm } from "../../../../../components/record-forms/area-form";
import { AgreementForm } from "../../../../../components/record-forms/agreement-form";
import { CommitmentForm } from "../../../../../components/record-forms/commitment-form";
import { type ConflictState, ConflictResolver } from "../../../../../components/record-forms/conflict-resolver";
import { EventForm } from "../../../../../components/record-forms/event-form";
import { type PickOption, same, type Values } from "../../../../../components/record-forms/form-parts";
import { OrganizationForm } from "../../../../../components/record-forms/organization-form";
import { PersonForm } from "../../../../../components/record-forms/person-form";
import "../../../../../components/record-forms/record-compare.css";
import { type EditResult, saveRecord } from "./actions";
import type { EditableKind } from "./editable-kinds";
import { draftsOf, dropDraft, dropDraftsUpTo, keepDraft } from "./form-drafts";

/**
 * The kind's form over the record's current input; saving sends the whole input with the changes
 * laid over it. What the curator types is kept in the browser until saved and offered back on
 * load; a save refused because someone saved first opens the conflict screen instead of losing it.
 */
export function RecordEditor(props: {
  kind: EditableKind;
  id: string;
  version: number;
  data: Values;
  people: PickOption[];
  events: PickOption[];
  /** Who saved the revision the page opened on: named in a conflict with a draft kept from before. */
  savedBy: { name: string | null; at: string | null };
}) {
  const router = useRouter();
  const { kind, id, version, data } = props;
  const back = `/records/${kind}/${encodeURIComponent(id)}`;
  const [loaded, setLoaded] = useState(false);
  const [start, setStart] = useState<Values | undefined>(undefined);
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [conflict, setConflict] = useState<ConflictState | null>(null);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  // On load: a draft on this revision refills the form; one on an older revision is a conflict.
  useEffect(() => {
    const [newest] = draftsOf(kind, id, version);
    if (newest && newest.baseVersion === version && !same(newest.values, data)) {
      setStart(newest.values);
      setRestoredAt(newest.savedAt);
    } else if (newest && newest.baseVersion < version && !same(newest.values, newest.base)) {
      setConflict({
        base: newest.base,
        mine: newest.values,
        theirs: data,
        theirVersion: version,
        baseVersion: newest.baseVersion,
        changedBy: props.savedBy.name,
        changedAt: props.savedBy.at,
      });
    }
    setLoaded(true);
  }, [kind, id, version, data, props.savedBy.name, props.savedBy.at]);

  const onValuesChange = useCallback(
    (values: Values) => {
      if (!loaded || conflict) return;
      if (same(values, data)) dropDraft(kind, id, version);
      else keepDraft(kind, id, { baseVersion: version, base: data, values });
    },
    [loaded, conflict, kind, id, version, data],
  );

  const done = (r: Extract<EditResult, { ok: true }>) => {
    dropDraftsUpTo(kind, id, r.version);
    router.push(back);
    router.refresh();
  };

  const onSubmit = async (changed: Values) => {
    const mine = { ...data, ...changed };
    const r = await saveRecord({ kind, id, baseVersion: version, data: mine });
    if (r.ok) {
      done(r);
      return null;
    }
    if (r.conflict) {
      setConflict({
        base: data,
        mine,
        theirs: r.conflict.data,
        theirVersion: r.conflict.version,
        baseVersion: version,
        changedBy: r.conflict.changedBy,
        changedAt: r.conflict.changedAt,
      });
      return null;
    }
    return { message: r.message, fields: r.fields };
  };

  const saveResolved = async (merged: Values) => {
    if (!conflict) return;
    setPending(true);
    const r = await saveRecord({ kind, id, baseVersion: conflict.theirVersion, data: merged });
    setPending(false);
    if (r.ok) return done(r);
    if (r.conflict) {
      // Someone saved again meanwhile: resolve against the newest revision, keeping the choices made so far as "mine".
      setConflict({
        ...conflict,
        base: conflict.theirs,
        mine: merged,
        theirs: r.conflict.data,
        theirVersion: r.conflict.version,
        changedBy: r.conflict.changedBy,
        changedAt: r.conflict.changedAt,
      });
      setMessage("Someone saved yet another revision: check the fields again.");
      return;
    }
    const fields = Object.entries(r.fields).map(([k, v]) => `${k}: ${v.join(" ")}`);
    setMessage([r.message, ...fields].join(" "));
  };

  const discard = () => {
    dropDraftsUpTo(kind, id, version);
    setStart(undefined);
    setRestoredAt(null);
    setConflict(null);
    setMessage(null);
    setFormKey((k) => k + 1);
  };

  if (!loaded) return <p>Loading the form…</p>;

  const names = new Map([...props.people, ...props.events].map((o) => [o.id, o.label]));
  if (conflict) {
    return (
      <ConflictResolver
        kind={kind}
        conflict={conflict}
        nameOf={(x) => names.get(x)}
        pending={pending}
        message={message}
        onSave={saveResolved}
        onDiscardMine={() => {
          // Their revision is what the form opens on now: load it afresh.
          dropDraftsUpTo(kind, id, conflict.theirVersion);
          window.location.reload();
        }}
      />
    );
  }

  const common = {
    key: formKey,
    initial: data,
    start,
    onValuesChange,
    onSubmit,
    submitLabel: "Save",
    onCancel: () => router.push(back),
  };
  return (
    <>
      {restoredAt && (
        <div className="draft-notice" role="status">
          <p>
            Restored the changes you had not saved (kept in this browser since{" "}
            <time dateTime={restoredAt}>{restoredAt.slice(0, 16).replace("T", " ")}</time>).
          </p>
          <button type="button" onClick={discard}>
            Discard these changes
          </button>
        </div>
      )}
      {renderForm(kind, common, props)}
    </>
  );
}

function renderForm(
  kind: EditableKind,
  { key, ...common }: { key: number } & Parameters<typeof PersonForm>[0],
  props: { id: string; people: PickOption[]; events: PickOption[] },
) {
  switch (kind) {
    case "event":
      return <EventForm key={key} {...common} people={props.people} events={props.events.filter((e) => e.id !== props.id)} />;
    case "agreement":
      return <AgreementForm key={key} {...common} />;
    case "commitment":
      return <CommitmentForm key={key} {...common} events={props.events} />;
    case "person":
      return <PersonForm key={key} {...common} />;
    case "organization":
      return <OrganizationForm key={key} {...common} />;
    case "area":
      return <AreaForm key={key} {...common} />;
  }
}
