/**
 * The people list's first page with no query, kept like a record's page. The proxy serves
 * /{locale}/people without a query from here (the address the reader sees, and the canonical one,
 * stay /{locale}/people); any other page of the list renders per request.
 */
import type { LocaleParams } from "../../../../i18n/page";
import { listsRecords } from "../../../../server/page-cache";
import PeoplePage from "../../people/page";

export { generateMetadata } from "../../people/page";

export default async function FirstPeoplePage({ params }: { params: LocaleParams }) {
  await listsRecords("person");
  return PeoplePage({ params, searchParams: Promise.resolve({}) });
}
