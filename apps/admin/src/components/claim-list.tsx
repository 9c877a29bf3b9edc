/**
 * Claims as curators read them: each with its verdict and reasons and the source that makes it
 * (with its grade), and, where several claims give a value for one field of one record, those
 * values side by side with the preferred one marked (as Wikidata ranks do).
 */
import { type ClaimSummary, VERDICT_LABEL } from "@ties/domain";

const RANK_LABEL = { preferred: "Preferred", normal: "Normal rank", deprecated: "Deprecated" } as const;

function Verdict({ c }: { c: ClaimSummary }) {
  return <span className={`verdict verdict-${c.verdict}`}>{VERDICT_LABEL[c.verdict]}</span>;
}

/** Values claims give for one field of one record, grouped by record and field. */
export function competingGroups(claims: ClaimSummary[]): { key: string; label: string; claims: ClaimSummary[] }[] {
  const groups = new Map<string, { key: string; label: string; claims: ClaimSummary[] }>();
  for (const c of claims) {
    if (!c.subject?.field || c.value === null) continue;
    const key = `${c.subject.kind}:${c.subject.id}:${c.subject.field}`;
    const g = groups.get(key) ?? { key, label: `${c.subject.label}: ${c.subject.field}`, claims: [] };
    g.claims.push(c);
    groups.set(key, g);
  }
  const order = { preferred: 0, normal: 1, deprecated: 2 } as const;
  return [...groups.values()].map((g) => ({ ...g, claims: g.claims.sort((a, b) => order[a.rank] - order[b.rank]) }));
}

export function CompetingValues({ claims, headingLevel = 2 }: { claims: ClaimSummary[]; headingLevel?: 2 | 3 }) {
  const groups = competingGroups(claims);
  if (groups.length === 0) return null;
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="competing-heading">
      <H id="competing-heading">Values given for one field</H>
      {groups.map((g) => (
        <div key={g.key}>
          <p>
            <strong>{g.label}</strong>
          </p>
          <ul className="competing plain" aria-label={`Values for ${g.label}`}>
            {g.claims.map((c) => (
              <li key={c.id} className={`competing-value is-${c.rank}`}>
                <p className="value">{c.value}</p>
                <p>
                  <strong>{RANK_LABEL[c.rank]}</strong>
                  {c.rank === "preferred" && " (shown to readers)"} · <Verdict c={c} />
                </p>
                <p className="facts">
                  {c.source.title} ({c.source.publisherName}, grade {c.source.grade})
                </p>
                <a href={`/claims/${encodeURIComponent(c.slug)}`}>Open the claim: {c.statement.slice(0, 60)}</a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

export function ClaimList({ claims, empty }: { claims: ClaimSummary[]; empty: string }) {
  if (claims.length === 0) return <p>{empty}</p>;
  return (
    <ul className="claim-list">
      {claims.map((c) => (
        <li key={c.id} className="claim-card">
          <h3>
            <a href={`/claims/${encodeURIComponent(c.slug)}`}>{c.statement}</a>
          </h3>
          <p>
            <Verdict c={c} /> · {c.state.replace("_", " ")}
            {c.value !== null && ` · value ${c.value} (${RANK_LABEL[c.rank].toLowerCase()})`}
          </p>
          <p>{c.reasoning}</p>
          <p className="facts">
            Made in <a href={`/sources/${encodeURIComponent(c.source.id)}/claims`}>{c.source.title}</a> ({c.source.publisherName}, grade{" "}
            {c.source.grade})
            {c.subject && (
              <>
                {" "}
                · about{" "}
                <a href={`/records/${c.subject.kind}/${encodeURIComponent(c.subject.id)}/claims`}>
                  {c.subject.label}
                  {c.subject.field ? ` (${c.subject.field})` : ""}
                </a>
              </>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
