/** The field-level changes of a record in words: each field's published value beside the new one. */
import type { FieldChange } from "@ties/domain";
import { displayValue, fieldName, type NameLookup } from "../../components/record-forms/field-display";
import "../../components/record-forms/record-compare.css";

export function FieldChanges({
  changes,
  kind,
  nameOf,
  beforeLabel,
  afterLabel,
}: {
  changes: FieldChange[];
  kind: string;
  nameOf?: NameLookup;
  beforeLabel: string;
  afterLabel: string;
}) {
  const shown = changes.filter((c) => c.path !== "state");
  if (shown.length === 0) return <p className="meta">No field changed.</p>;
  return (
    <dl className="field-changes">
      {shown.map((c) => (
        <div key={c.path}>
          <dt>{fieldName(c.path)}</dt>
          <dd>
            <span className="was">
              <span className="tag">{beforeLabel}</span> <del>{displayValue(c.path, c.before, { kind, nameOf })}</del>
            </span>
            <span className="now">
              <span className="tag">{afterLabel}</span> <ins>{displayValue(c.path, c.after, { kind, nameOf })}</ins>
            </span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
