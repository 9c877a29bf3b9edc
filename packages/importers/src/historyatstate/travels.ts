/**
 * HistoryAtState travels (`travels/president-travels/*.xml`, `travels/secretary-travels/*.xml`):
 * one `<trip>` per trip abroad of a US president or secretary of state. Each becomes a visit event
 * between the United States and the country visited, in the place named, with the traveller as
 * its participant in the role they held then.
 */
import type { ImportFormat, MappedRow, PlannedRecord, SourceRow } from "../import-plan";
import { xmlRecords, type XmlRecord } from "../formats/xml-rows";
import { InvalidRecord, planRecord } from "../plan-record";
import { countryCodeFor } from "./countries";
import { citationOf, datasetSource, governmentOf, STATE_DEPARTMENT, TRAVELS } from "./dataset";
import { personAt } from "./people";

export const travelsFormat: ImportFormat<XmlRecord> = {
  name: "historyatstate-travels",
  rows: (file) => xmlRecords(file, "trip"),
  map: (row) => mapTrip(row),
};

const ROLES: Record<string, string> = { president: "President of the United States", secretary: "Secretary of State" };
const text = (r: XmlRecord, name: string) => r.fields[name]?.text ?? "";

export function mapTrip(row: SourceRow<XmlRecord>): MappedRow {
  const r = row.value;
  const id = text(r, "id");
  try {
    const role = r.attrs.role ?? text(r, "role");
    const who = r.attrs.who;
    if (!id) throw new InvalidRecord("trip without an <id>");
    if (!who || !ROLES[role]) throw new InvalidRecord(`trip ${id}: unknown traveller role "${role}"`);
    const country = r.fields.country;
    const countryName = country?.text ?? "";
    const code = countryCodeFor(country?.attrs.id ?? "", countryName);
    if (!code) throw new InvalidRecord(`trip ${id}: unknown country "${countryName}" (${country?.attrs.id ?? "no id"})`);
    const start = text(r, "start-date");
    const end = text(r, "end-date") || start;
    const name = text(r, "name");
    const source = datasetSource(TRAVELS);
    const office = role === "secretary" ? STATE_DEPARTMENT : governmentOf("US");
    const host = governmentOf(code);
    const p = personAt({
      dataset: TRAVELS,
      key: `${role}:${who}`,
      name,
      countryCode: "US",
      title: ROLES[role]!,
      organization: office,
      start,
      end,
    });
    const shared: PlannedRecord[] = [source, office, host, p.person, p.position, p.citation];
    const locale = text(r, "locale");
    const remarks = text(r, "remarks");
    const event = planRecord("event", TRAVELS, `trip:${role}:${id}`, {
      slug: `trip-${role}-${id}`,
      type: "visit",
      plover: { code: "CONSULT", mode: "visit" },
      title: { en: `${ROLES[role]} ${name} travels to ${locale ? `${locale}, ` : ""}${countryName}` },
      date: end && end !== start ? `${start}/${end}` : start,
      parties: ["US", code],
      location: { ...(locale ? { city: locale } : {}), countryCode: code },
      summary: { en: remarks || `Trip of the ${ROLES[role]} to ${countryName}.` },
      participants: [{ personId: p.person.id, positionId: p.position.id, side: "US" }],
      organizationIds: [office.id, host.id],
    });
    return { ok: true, shared, records: [event, citationOf(TRAVELS, { kind: "event", id: event.id }, `${role}:${id}`)] };
  } catch (e) {
    if (!(e instanceof InvalidRecord)) throw e;
    return { ok: false, problem: { line: row.line, column: row.column, reason: e.message } };
  }
}
