/**
 * Links that narrow a page to one value (a search to a kind, sources to a grade, people to a
 * country), the first for none; the chosen one is marked as the current page, not linked.
 */
export function FilterTabs<V extends string>(props: {
  label: string;
  allLabel: string;
  values: readonly { value: V; label: string }[];
  chosen: V | undefined;
  /** The address showing `value` (undefined: none). */
  link: (value: V | undefined) => string;
}) {
  const tab = (value: V | undefined, label: string) =>
    value === props.chosen ? <span aria-current="page">{label}</span> : <a href={props.link(value)}>{label}</a>;
  return (
    <nav aria-label={props.label} className="tabs">
      <ul>
        <li>{tab(undefined, props.allLabel)}</li>
        {props.values.map((v) => (
          <li key={v.value}>{tab(v.value, v.label)}</li>
        ))}
      </ul>
    </nav>
  );
}
