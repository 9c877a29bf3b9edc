"use client";
/** "Edit then accept": the kind's record form, prefilled with the draft the suggestion proposes. */
import { agreementDraft, commitmentDraft, eventDraft, organizationDraft, personDraft, type SuggestionView } from "@ties/domain";
import { AgreementForm } from "../../../components/record-forms/agreement-form";
import { CommitmentForm } from "../../../components/record-forms/commitment-form";
import { EventForm } from "../../../components/record-forms/event-form";
import type { PickOption, SubmitChanges, Values } from "../../../components/record-forms/form-parts";
import { OrganizationForm } from "../../../components/record-forms/organization-form";
import { PersonForm } from "../../../components/record-forms/person-form";

const withoutSlug = ({ slug: _slug, ...rest }: { slug: string } & Values): Values => rest;

/** The draft a suggestion proposes, as the form shows it (the server resolves people and the event link on accept). */
export function proposedDraft(s: SuggestionView, language: string): Values | null {
  switch (s.kind) {
    case "event":
      return withoutSlug({ ...eventDraft(s.payload, { participants: [], language, sentence: s.text, slug: "" }) });
    case "agreement":
      return withoutSlug({ ...agreementDraft(s.payload, { slug: "", parties: ["KR", "CA"], language }) });
    case "commitment":
      return withoutSlug({ ...commitmentDraft(s.payload, { slug: "", eventId: null, language }) });
    case "person":
      return withoutSlug({ ...personDraft(s.payload, { slug: "" }) });
    case "organization":
      return withoutSlug({ ...organizationDraft(s.payload, { slug: "" }) });
    default:
      return null;
  }
}

export function SuggestionEditor(props: {
  suggestion: SuggestionView;
  language: string;
  onSubmit: SubmitChanges;
  onCancel: () => void;
  people: PickOption[];
  events: PickOption[];
}) {
  const s = props.suggestion;
  const initial = proposedDraft(s, props.language);
  if (!initial) return <p>This kind has no form: accept or reject it.</p>;
  const common = { initial, onSubmit: props.onSubmit, onCancel: props.onCancel, submitLabel: "Save and accept" };
  switch (s.kind) {
    case "event":
      return (
        <>
          {s.payload.participants.length > 0 && (
            <p className="hint">
              Accepting adds the people the source names:{" "}
              {s.payload.participants.map((p) => `${p.name}${p.side ? ` (${p.side})` : ""}`).join(", ")}. People added here replace them.
            </p>
          )}
          <EventForm {...common} people={props.people} events={props.events} />
        </>
      );
    case "agreement":
      return <AgreementForm {...common} />;
    case "commitment":
      return <CommitmentForm {...common} events={props.events} />;
    case "person":
      return <PersonForm {...common} />;
    case "organization":
      return <OrganizationForm {...common} />;
    default:
      return null;
  }
}
