/** A person named by a dataset record, the position they held then, and the citation of where. */
import type { PlannedRecord } from "../import-plan";
import { planRecord } from "../plan-record";
import { slugOf } from "../stable-id";
import { citationOf } from "./dataset";

export interface PersonAt {
  dataset: string;
  /** The dataset's key for the person: its `who` id, or the name and country. */
  key: string;
  name: string;
  countryCode: string;
  title: string;
  organization: PlannedRecord;
  /** The record's dates: the position spans at least these. */
  start: string;
  end: string;
}

/** The person, their position (spanning this record) and the person's citation. */
export function personAt(p: PersonAt): { person: PlannedRecord; position: PlannedRecord; citation: PlannedRecord } {
  const person = planRecord("person", p.dataset, `person:${p.key}`, {
    slug: slugOf(`${p.name}-${p.countryCode}`, 100),
    name: p.name,
    countryCode: p.countryCode,
  });
  const role = slugOf(p.title, 60);
  const position = planRecord("position", p.dataset, `position:${p.key}:${role}`, {
    personId: person.id,
    organizationId: p.organization.id,
    role,
    title: { en: p.title },
    start: p.start,
    end: p.end,
    note: "Spans the dataset's records of this person in this role, not necessarily the whole term of office.",
  });
  return { person, position, citation: citationOf(p.dataset, { kind: "person", id: person.id }, p.key) };
}
