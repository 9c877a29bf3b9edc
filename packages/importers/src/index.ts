/** Bulk imports into Ties: file formats as pure mappings to domain records, and the runner. */
export * from "./import-plan";
export * from "./run-import";
export { csvEventsFormat, mapCsvEvent } from "./formats/csv-events";
export { mapTrip, travelsFormat } from "./historyatstate/travels";
export { mapVisit, visitsFormat } from "./historyatstate/visits";
export * from "./background-import";
export { readImportEnv } from "./env";
export { csvAgreementsFormat, csvOrganizationsFormat, csvPeopleFormat } from "./formats/csv-records";
export { TIES_EXPORT_DATASET, tiesExportFormat } from "./formats/ties-export";
