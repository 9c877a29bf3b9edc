import { IMPORT_LANDING_STATES, roleAtLeast } from "@ties/domain";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { Notice } from "../../components/notice";
import { readFlash } from "../../server/flash";
import { serverApi } from "../../server/services";
import { startImportAction } from "./actions";
import { statusLabel } from "./import-status";

export const metadata: Metadata = { title: "Import" };

const LANDING: Record<(typeof IMPORT_LANDING_STATES)[number], string> = {
  draft: "Drafts",
  in_review: "Submitted for review (the review queue)",
  published: "Published (a curated dataset)",
};

type Props = { searchParams: Promise<{ notice?: string | string[] }> };

/** Bulk import: an upload or a dataset on the server, run in the background; editors and admins. */
export default async function ImportPage({ searchParams }: Props) {
  await connection();
  const { api, user } = await serverApi();
  if (!user) redirect("/sign-in");
  const flash = readFlash((await searchParams).notice);
  if (!roleAtLeast(user.role, "editor")) {
    return (
      <>
        <h1>Import</h1>
        <p>Imports write many records at once: they need the editor role.</p>
      </>
    );
  }
  const [datasets, runs] = await Promise.all([api.importRun.datasets(), api.importRun.list({ limit: 20 })]);
  return (
    <>
      <h1>Import</h1>
      <p>
        Events, people, organisations or agreements from CSV (a header row naming the columns), HistoryAtState visits or travels XML, or a
        Ties export (.jsonl). The whole file is checked first: a file with a mistake is refused, naming the line, and nothing is written.
        Re-importing a file changes only what changed. <a href="/export">Download the whole record</a> as JSON.
      </p>
      <Notice flash={flash} />
      <form action={startImportAction} className="import-form">
        <fieldset>
          <legend>What to import</legend>
          <label>
            <input type="radio" name="from" value="upload" defaultChecked /> A file from this computer
          </label>
          <label>
            File <input type="file" name="file" accept=".csv,.xml,.json,.jsonl" />
          </label>
          <label>
            <input type="radio" name="from" value="dataset" disabled={datasets.length === 0} /> A dataset on the server
          </label>
          {datasets.length > 0 ? (
            <label>
              Dataset{" "}
              <select name="dataset">
                {datasets.map((d) => (
                  <option key={d.path} value={d.path}>
                    {d.label} ({d.files} {d.files === 1 ? "file" : "files"})
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <p>No dataset folder is set up on the server (TIES_IMPORT_DIR).</p>
          )}
        </fieldset>
        <fieldset>
          <legend>Imported records land as</legend>
          {IMPORT_LANDING_STATES.map((s) => (
            <label key={s}>
              <input type="radio" name="state" value={s} defaultChecked={s === "draft"} /> {LANDING[s]}
            </label>
          ))}
        </fieldset>
        <button type="submit">Start the import</button>
      </form>
      <h2>Recent imports</h2>
      {runs.length === 0 ? (
        <p>No import yet.</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
        <section className="table-scroll" aria-label="Recent imports" tabIndex={0}>
          <table className="queue">
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Status</th>
                <th scope="col">Rows</th>
                <th scope="col">Started</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((r) => (
                <tr key={r.id}>
                  <td>
                    <a href={`/import/${r.id}`}>{r.file}</a>
                  </td>
                  <td>{statusLabel(r)}</td>
                  <td>{r.total || r.checked}</td>
                  <td>
                    <time dateTime={r.startedAt}>{r.startedAt.slice(0, 16).replace("T", " ")}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}
