/** An Atom 1.0 feed of published events (RFC 4287). */
import type { RecentEvent } from "@ties/domain";
import { xmlText as esc } from "./xml-text";

export interface FeedInfo {
  /** Absolute URL of the site, without a trailing slash. */
  siteUrl: string;
  title: string;
}

/** Entries in publication order; the feed's `updated` is the latest change of any entry. */
export function eventsAtom(events: readonly RecentEvent[], info: FeedInfo): string {
  const updated =
    events
      .map((e) => e.updatedAt)
      .sort()
      .at(-1) ?? "1970-01-01T00:00:00.000Z";
  const entries = events.map((e) => {
    const url = `${info.siteUrl}/events/${e.slug}`;
    return `  <entry>
    <id>${esc(url)}</id>
    <title>${esc(e.title.en)}</title>
    <link rel="alternate" type="text/html" href="${esc(url)}"/>
    <updated>${esc(e.updatedAt)}</updated>
    <published>${esc(e.publishedAt)}</published>
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
  <updated>${esc(updated)}</updated>
  <author><name>Ties curators</name></author>
${entries.join("\n")}
</feed>
`;
}
