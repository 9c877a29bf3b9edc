import { DATA_LICENCE } from "@ties/api/feeds";
import type { Metadata } from "next";
import { connection } from "next/server";

export const metadata: Metadata = {
  title: "Open data and feeds",
  description: "Download the whole published record, or follow it by feed and calendar.",
};

// Rendered per request so its scripts carry the request's CSP nonce (a prerendered page has none).
export default async function OpenDataPage() {
  await connection();
  return (
    <>
      <h1>Open data and feeds</h1>
      <p>
        Everything published here may be reused under the{" "}
        <a href={DATA_LICENCE.url} rel="license">
          {DATA_LICENCE.name}
        </a>{" "}
        licence. The JSON download carries a version that changes whenever the record does.
      </p>
      <h2>Downloads</h2>
      <ul>
        <li>
          <a href="/data/ties.json">The published record (JSON)</a>: events, agreements with their status timelines, commitments with their
          status on the day of download, people, organisations, areas, sources (metadata only) and claims with their verdicts.
        </li>
        <li>
          <a href="/data/events.csv">Events (CSV)</a>, one row per event, with its PLOVER code.
        </li>
      </ul>
      <h2>Feeds</h2>
      <ul>
        <li>
          <a href="/feeds/events.atom">New events (Atom)</a>
        </li>
        <li>
          <a href="/feeds/calendar.ics">Commitment due dates and events (iCalendar)</a>
        </li>
      </ul>
      <h2>API</h2>
      <p>
        The same data as JSON under <a href="/api/v1/events">/api/v1</a>, described by the <a href="/api/openapi.json">OpenAPI document</a>.
      </p>
    </>
  );
}
