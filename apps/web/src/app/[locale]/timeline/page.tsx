/**
 * The timeline's first page, with no filter: the page most readers open, so it is kept like a
 * record's page. The proxy serves /{locale}/events without a query from here (the address the
 * reader sees, and the canonical one, stay /{locale}/events); any filter renders per request.
 */
import type { Metadata } from "next";
import type { LocaleParams } from "../../../i18n/page";
import { listsRecords } from "../../../server/page-cache";
import TimelinePage, { generateMetadata as timelineMetadata } from "../events/page";

const NO_FILTERS = Promise.resolve({});

export function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  return timelineMetadata({ params, searchParams: NO_FILTERS });
}

export default async function FirstTimelinePage({ params }: { params: LocaleParams }) {
  // The events listed, and the people, organisations, agreements and areas in the filter menus.
  await listsRecords("event", "person", "organization", "agreement", "area");
  return TimelinePage({ params, searchParams: NO_FILTERS });
}
