/** An Atom 1.0 feed of published events (RFC 4287). */
import type { EventSummary } from "@ties/domain";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export interface FeedInfo {
  /** Absolute URL of the site, without a trailing slash. */
  siteUrl: string;
  title: string;
  /** When the newest entry changed, ISO 8601. */
  updated: string;
}

export function eventsAtom(events: readonly (EventSummary & { updatedAt?: string })[], info: FeedInfo): string {
  const entries = events.map((e) => {
    const url = `${info.siteUrl}/events/${e.slug}`;
    return `  <entry>
    <id>${esc(url)}</id>
    <title>${esc(e.title.en)}</title>
    <link rel="alternate" type="text/html" href="${esc(url)}"/>
    <updated>${esc(e.updatedAt ?? `${e.dateFirst}T00:00:00Z`)}</updated>
    <published>${esc(`${e.dateFirst}T00:00:00Z`)}</published>
    <category term="${esc(e.type)}"/>
    <summary type="text">${esc(e.summary.en)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${esc(`${info.siteUrl}/`)}</id>
  <title>${esc(info.title)}</title>
  <link rel="self" type="application/atom+xml" href="${esc(`${info.siteUrl}/feeds/events.atom`)}"/>
  <link rel="alternate" type="text/html" href="${esc(`${info.siteUrl}/events`)}"/>
  <updated>${esc(info.updated)}</updated>
  <author><name>Ties curators</name></author>
${entries.join("\n")}
</feed>
`;
}
