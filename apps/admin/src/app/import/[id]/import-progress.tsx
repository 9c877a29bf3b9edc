"use client";

import type { ImportRunView } from "@ties/domain";
import { useEffect, useState } from "react";
import { isGoingOn, statusLabel } from "../import-status";

const LANDED: Record<ImportRunView["state"], string> = {
  draft: "Imported records are drafts.",
  in_review: "Imported records wait in the review queue.",
  published: "Imported records are published.",
};

/** Polls the run once a second through the API while it goes on, and shows the summary at the end. */
export function ImportProgress({ initial }: { initial: ImportRunView }) {
  const [run, setRun] = useState(initial);
  const [lost, setLost] = useState(false);
  useEffect(() => {
    if (!isGoingOn(run)) return;
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/api/trpc/importRun.byId?input=${encodeURIComponent(JSON.stringify({ id: run.id }))}`, {
          headers: { accept: "application/json" },
        });
        if (!res.ok) throw new Error(String(res.status));
        const body = (await res.json()) as { result: { data: ImportRunView } };
        setRun(body.result.data);
        setLost(false);
      } catch {
        setLost(true);
        setRun({ ...run });
      }
    }, 1000);
    return () => clearTimeout(timer);
  }, [run]);

  const checking = run.status === "checking";
  const going = isGoingOn(run);
  return (
    <section aria-labelledby="import-status" className="import-run">
      <h2 id="import-status">{statusLabel(run)}</h2>
      <output aria-live="polite" className="import-progress">
        {checking ? (
          <span>
            {run.checked.toLocaleString("en")} rows checked, {run.errorCount.toLocaleString("en")} errors so far
          </span>
        ) : (
          <span>
            {run.done.toLocaleString("en")} of {run.total.toLocaleString("en")} rows written
            {run.status === "refused" ? "" : `, ${run.errorCount.toLocaleString("en")} errors`}
          </span>
        )}
      </output>
      {going && (
        <progress
          max={checking ? undefined : Math.max(run.total, 1)}
          value={checking ? undefined : run.done}
          aria-label="Import progress"
        />
      )}
      {lost && <p role="alert">The server did not answer; trying again.</p>}
      {!going && (
        <table className="import-summary">
          <caption>Summary</caption>
          <tbody>
            <tr>
              <th scope="row">Created</th>
              <td>{run.created}</td>
            </tr>
            <tr>
              <th scope="row">Updated</th>
              <td>{run.updated}</td>
            </tr>
            <tr>
              <th scope="row">Unchanged</th>
              <td>{run.unchanged}</td>
            </tr>
            <tr>
              <th scope="row">Refused</th>
              <td>{run.errorCount}</td>
            </tr>
          </tbody>
        </table>
      )}
      {run.errors.length > 0 && (
        <>
          <h3>{run.status === "refused" ? "Why the file was refused" : "Errors"}</h3>
          <ul className="import-errors">
            {run.errors.map((e) => (
              <li key={`${e.file}:${e.line ?? ""}:${e.column ?? ""}:${e.reason}`}>
                {e.file}
                {e.line ? `, line ${e.line}` : ""}
                {e.column ? `, column ${e.column}` : ""}: {e.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {run.status === "completed" && (
        <p>
          {LANDED[run.state]} {run.state === "in_review" && <a href="/review">Open the review queue</a>}
        </p>
      )}
    </section>
  );
}
