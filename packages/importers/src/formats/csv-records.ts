/**
 * People, organisations and agreements from CSV, one record per row (read like events CSV: a
 * header row required, streamed with csv-parse). List cells separate values with ';'. Every kind
 * takes `key` (the row's external key: re-importing it updates that record), and optional `slug`
 * (default: from the key and name) and `dataset` (names the key space; default "csv").
 *
 * - people: `key`, `name`; optional `family_name`, `given_name`, `country` (ISO code),
 *   `variants` (other spellings), `summary`, `summary_fr`.
 * - organisations: `key`, `name`, `kind` (government, ministry, agency, ...); optional `name_fr`,
 *   `short_name`, `country`, `variants`, `url`.
 * - agreements: `key`, `name`, `kind` (treaty, mou, ...), `parties` (ISO codes); optional
 *   `name_fr`, `short_name`, `areas` (area slugs), `summary`, `summary_fr`, `variants`.
 */
import type { CuratedKind } from "@ties/db";
import type { ImportFormat, MappedRow, SourceRow } from "../import-plan";
import { InvalidRecord, planRecord } from "../plan-record";
import { slugOf } from "../stable-id";
import { type CsvColumns, type CsvRow, csvRows, listOf } from "./csv-rows";

const COMMON = ["slug", "dataset"] as const;

export const CSV_PERSON_COLUMNS: CsvColumns = {
  required: ["key", "name"],
  optional: [...COMMON, "family_name", "given_name", "country", "variants", "summary", "summary_fr"],
};
export const CSV_ORGANIZATION_COLUMNS: CsvColumns = {
  required: ["key", "name", "kind"],
  optional: [...COMMON, "name_fr", "short_name", "country", "variants", "url"],
};
export const CSV_AGREEMENT_COLUMNS: CsvColumns = {
  required: ["key", "name", "kind", "parties"],
  optional: [...COMMON, "name_fr", "short_name", "areas", "summary", "summary_fr", "variants"],
};

const text = (en: string | undefined, fr: string | undefined) => (en ? { en, ...(fr ? { fr } : {}) } : undefined);
const upper = (v: string | undefined) => (v ? v.toUpperCase() : null);

function mapRow(kind: CuratedKind, row: SourceRow<CsvRow>, input: (r: CsvRow, slug: string) => unknown): MappedRow {
  const r = row.value;
  const dataset = r.dataset || "csv";
  try {
    if (!r.key) throw new InvalidRecord(`${kind} row: key: a row needs its external key`);
    const record = planRecord(kind, dataset, `${kind}:${r.key}`, input(r, r.slug || slugOf(`${r.key}-${r.name ?? ""}`, 100)));
    return { ok: true, shared: [], records: [record] };
  } catch (e) {
    if (!(e instanceof InvalidRecord)) throw e;
    return { ok: false, problem: { line: row.line, reason: e.message.replace(new RegExp(`^${kind} ${kind}:[^:]*:`), "row:") } };
  }
}

export const mapCsvPerson = (row: SourceRow<CsvRow>) =>
  mapRow("person", row, (r, slug) => ({
    slug,
    name: r.name,
    ...(r.family_name ? { familyName: r.family_name } : {}),
    ...(r.given_name ? { givenName: r.given_name } : {}),
    countryCode: upper(r.country),
    variants: listOf(r.variants).map((name) => ({ name })),
    summary: text(r.summary, r.summary_fr),
  }));

export const mapCsvOrganization = (row: SourceRow<CsvRow>) =>
  mapRow("organization", row, (r, slug) => ({
    slug,
    name: text(r.name, r.name_fr),
    ...(r.short_name ? { shortName: r.short_name } : {}),
    kind: r.kind,
    countryCode: upper(r.country),
    variants: listOf(r.variants),
    ...(r.url ? { url: r.url } : {}),
  }));

export const mapCsvAgreement = (row: SourceRow<CsvRow>) =>
  mapRow("agreement", row, (r, slug) => ({
    slug,
    name: text(r.name, r.name_fr),
    ...(r.short_name ? { shortName: r.short_name } : {}),
    kind: r.kind,
    parties: listOf(r.parties, true).map((c) => c.toUpperCase()),
    areaSlugs: listOf(r.areas),
    summary: text(r.summary, r.summary_fr),
    variants: listOf(r.variants),
  }));

export const csvPeopleFormat: ImportFormat<CsvRow> = {
  name: "csv-people",
  rows: (file) => csvRows(file, CSV_PERSON_COLUMNS),
  map: mapCsvPerson,
};
export const csvOrganizationsFormat: ImportFormat<CsvRow> = {
  name: "csv-organizations",
  rows: (file) => csvRows(file, CSV_ORGANIZATION_COLUMNS),
  map: mapCsvOrganization,
};
export const csvAgreementsFormat: ImportFormat<CsvRow> = {
  name: "csv-agreements",
  rows: (file) => csvRows(file, CSV_AGREEMENT_COLUMNS),
  map: mapCsvAgreement,
};
