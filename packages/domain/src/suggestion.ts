/** Suggested records extracted from a source text (filled in by the ingest work). */
export {};
