/**
 * Status, verdict and grade badges. Each carries its word and a distinct shape or border, so it
 * reads the same in greyscale as in colour.
 */
import { type AgreementStatus, type ClaimVerdict, type CommitmentStatus, ENUM_LABELS, type Locale, type SourceGrade } from "@ties/domain";

export function CommitmentBadge({ status, locale }: { status: CommitmentStatus; locale: Locale }) {
  return <span className={`badge status status-${status}`}>{ENUM_LABELS[locale].commitmentStatus[status]}</span>;
}

export function AgreementBadge({ status, locale }: { status: AgreementStatus; locale: Locale }) {
  return <span className={`badge agreement-status agreement-${status}`}>{ENUM_LABELS[locale].agreementStatus[status]}</span>;
}

export function VerdictBadge({ verdict, locale }: { verdict: ClaimVerdict; locale: Locale }) {
  return <span className={`badge verdict verdict-${verdict}`}>{ENUM_LABELS[locale].verdict[verdict]}</span>;
}

export function GradeBadge({ grade, locale }: { grade: SourceGrade; locale: Locale }) {
  const label = ENUM_LABELS[locale].grade[grade];
  return (
    <span className={`badge grade grade-${grade}`} title={label}>
      <span aria-hidden="true">{grade}</span>
      <span className="visually-hidden">{`${grade}: ${label}`}</span>
    </span>
  );
}
