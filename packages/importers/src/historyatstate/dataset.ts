/**
 * The HistoryAtState datasets of the US Office of the Historian (CC0): the source every imported
 * record cites, and the organisations that people hold their roles at.
 */
import { countryRecords, type OrganizationInput, type SourceInput } from "@ties/domain";
import type { PlannedRecord } from "../import-plan";
import { stableId } from "../stable-id";

export const LICENCE = "CC0 1.0 Universal (public domain)";

export const VISITS = "historyatstate-visits";
export const TRAVELS = "historyatstate-travels";

const SOURCES: Record<string, SourceInput> = {
  [VISITS]: {
    slug: "historyatstate-visits",
    kind: "dataset",
    title: `Visits by Foreign Leaders, HistoryAtState/visits dataset (licence: ${LICENCE})`,
    publisherId: null,
    publisherName: "Office of the Historian, U.S. Department of State",
    url: "https://github.com/HistoryAtState/visits",
    publishedAt: null,
    publishedBasis: "unknown",
    accessedAt: null,
    language: "en",
    text: "",
    grade: "A",
    gradeReason: "The official historical record of the U.S. Department of State's Office of the Historian.",
  },
  [TRAVELS]: {
    slug: "historyatstate-travels",
    kind: "dataset",
    title: `Travels of the President and the Secretary of State, HistoryAtState/travels dataset (licence: ${LICENCE})`,
    publisherId: null,
    publisherName: "Office of the Historian, U.S. Department of State",
    url: "https://github.com/HistoryAtState/travels",
    publishedAt: null,
    publishedBasis: "unknown",
    accessedAt: null,
    language: "en",
    text: "",
    grade: "A",
    gradeReason: "The official historical record of the U.S. Department of State's Office of the Historian.",
  },
};

export function datasetSource(dataset: string): PlannedRecord {
  return { kind: "source", id: stableId("source", dataset, "dataset"), dataset, externalId: "dataset", input: SOURCES[dataset] };
}

/** A country's government: where its leaders hold their roles. */
export function governmentOf(code: string): PlannedRecord {
  // Named from the ISO dataset, not the record, so every record of a country names it alike.
  const name = code === "US" ? "the United States" : (countryRecords().find((c) => c.code === code)?.name.en ?? code);
  const input: OrganizationInput = {
    slug: `government-${code.toLowerCase()}`,
    name: { en: `Government of ${name}` },
    kind: "government",
    countryCode: code,
    parentId: null,
    variants: [],
  };
  // Governments are shared by both datasets: one key space, so each country has one record.
  return {
    kind: "organization",
    id: stableId("organization", "historyatstate", `government:${code}`),
    dataset: "historyatstate",
    externalId: `government:${code}`,
    input,
  };
}

export const STATE_DEPARTMENT: PlannedRecord = {
  kind: "organization",
  id: stableId("organization", "historyatstate", "us-department-of-state"),
  dataset: "historyatstate",
  externalId: "us-department-of-state",
  input: {
    slug: "us-department-of-state",
    name: { en: "U.S. Department of State" },
    kind: "ministry",
    countryCode: "US",
    parentId: null,
    variants: ["Department of State", "State Department"],
  } satisfies OrganizationInput,
};

/** The citation of one dataset record on an imported record. */
export function citationOf(dataset: string, target: { kind: "event" | "person"; id: string }, recordId: string): PlannedRecord {
  const quote = `${dataset.replace("historyatstate-", "HistoryAtState/")} record ${recordId}`;
  return {
    kind: "citation",
    id: stableId("citation", dataset, `${target.kind}:${recordId}`),
    dataset,
    externalId: `citation:${target.kind}:${recordId}`,
    input: {
      sourceId: datasetSource(dataset).id,
      target: { kind: target.kind, id: target.id, field: null },
      quote,
      start: 0,
      end: quote.length,
    },
  };
}
