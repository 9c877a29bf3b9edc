/**
 * What an importer produces: records in domain form, each with its dataset and external key, and
 * the problems found in the file (where, and why). A mapping from a file to these is pure; the
 * writer turns them into rows.
 */
import type { CuratedKind } from "@ties/db";

export interface PlannedRecord {
  kind: CuratedKind;
  /** The record's id: stable for an external key, so a re-import finds the same record. */
  id: string;
  dataset: string;
  externalId: string;
  /** The domain input, already validated by the kind's schema. */
  input: unknown;
  /** The input as JSON (`JSON.stringify(input)`), once it has been written out. */
  json?: string;
  /** The input's fingerprint (`fingerprintOf(input)`), once taken. */
  fingerprint?: string;
}

export interface ImportProblem {
  file: string;
  line?: number;
  column?: number;
  reason: string;
}

/** One row of a file, mapped: the records it holds, or why it cannot be imported. */
export type MappedRow =
  | { ok: true; records: PlannedRecord[]; shared: PlannedRecord[] }
  | { ok: false; problem: Omit<ImportProblem, "file"> };

/** A row read from a file, where it starts. */
export interface SourceRow<T> {
  value: T;
  line: number;
  column?: number;
}

/** A file format: how rows are read, and how each row maps to records. */
export interface ImportFormat<T = unknown> {
  name: string;
  /** Reads rows one at a time; a malformed file throws an ImportFileError. */
  rows(file: string): AsyncIterable<SourceRow<T>>;
  map(row: SourceRow<T>, file: string): MappedRow;
}

export class ImportFileError extends Error {
  constructor(readonly problem: ImportProblem) {
    super(`${problem.file}${problem.line ? `:${problem.line}` : ""}${problem.column ? `:${problem.column}` : ""}: ${problem.reason}`);
  }
}
