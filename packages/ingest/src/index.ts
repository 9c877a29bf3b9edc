/** @ties/ingest: from source text to suggested records. Pure: no database, no network. */
export { extract } from "./extract";
export { classifyBoilerplate } from "./boilerplate";
export { findDates } from "./date-expressions";
export { decideDateOrder, publisherConvention } from "./publisher-conventions";
export { formatOfFileName, readableText } from "./readable-text";
