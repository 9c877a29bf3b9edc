/**
 * The sources list's first page with no query, kept like a record's page. The proxy serves
 * /{locale}/sources without a query from here (the address the reader sees, and the canonical one,
 * stay /{locale}/sources); any other page of the list renders per request.
 */
import type { LocaleParams } from "../../../../i18n/page";
import { listsRecords } from "../../../../server/page-cache";
import SourcesPage from "../../sources/page";

export { generateMetadata } from "../../sources/page";

export default async function FirstSourcesPage({ params }: { params: LocaleParams }) {
  await listsRecords("source");
  return SourcesPage({ params, searchParams: Promise.resolve({}) });
}
