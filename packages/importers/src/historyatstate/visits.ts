/**
 * HistoryAtState visits (`visits/<decade>.xml`): one `<visit>` per visit of a foreign leader to
 * the United States. Each becomes a visit event between the visitor's country and the United
 * States, its visitors people with the title they held then, and every record cites the dataset
 * and the visit's id.
 */
import { formatList } from "../format-list";
import type { ImportFormat, MappedRow, PlannedRecord, SourceRow } from "../import-plan";
import { xmlRecords, type XmlRecord } from "../formats/xml-rows";
import { InvalidRecord, planRecord } from "../plan-record";
import { slugOf } from "../stable-id";
import { countryCodeFor } from "./countries";
import { citationOf, datasetSource, governmentOf, VISITS } from "./dataset";
import { personAt } from "./people";
import { splitVisitors } from "./titles";

export const visitsFormat: ImportFormat<XmlRecord> = {
  name: "historyatstate-visits",
  rows: (file) => xmlRecords(file, "visit"),
  map: (row) => mapVisit(row),
};

const text = (r: XmlRecord, name: string) => r.fields[name]?.text ?? "";

export function mapVisit(row: SourceRow<XmlRecord>): MappedRow {
  const r = row.value;
  const id = text(r, "id");
  try {
    if (!id) throw new InvalidRecord("visit without an <id>");
    const from = r.fields.from;
    const countryName = from?.text ?? "";
    const code = countryCodeFor(from?.attrs.id ?? "", countryName);
    if (!code) throw new InvalidRecord(`visit ${id}: unknown country "${countryName}" (${from?.attrs.id ?? "no id"})`);
    const start = text(r, "start-date");
    const end = text(r, "end-date") || start;
    const visitorText = text(r, "visitor");
    const visitors = splitVisitors(visitorText);
    if (visitors.length === 0) throw new InvalidRecord(`visit ${id}: no <visitor>`);
    const source = datasetSource(VISITS);
    const government = governmentOf(code);
    const shared: PlannedRecord[] = [source, government];
    const participants = visitors.map((v) => {
      const p = personAt({
        dataset: VISITS,
        key: `${code}:${slugOf(v.name)}`,
        name: v.name,
        countryCode: code,
        title: v.title,
        organization: government,
        start,
        end,
      });
      shared.push(p.person, p.position, p.citation);
      return { personId: p.person.id, positionId: p.position.id, side: code };
    });
    const description = text(r, "description");
    const event = planRecord("event", VISITS, `visit:${id}`, {
      slug: `visit-${id}-${slugOf(visitors[0]!.name, 60)}`,
      type: "visit",
      plover: { code: "CONSULT", mode: "visit" },
      title: {
        en: `${formatList(visitors.map((v) => `${v.title === "Head of delegation" ? "" : `${v.title} `}${v.name}`))} (${countryName}) visits the United States`,
      },
      date: end && end !== start ? `${start}/${end}` : start,
      parties: [code, "US"],
      location: { countryCode: "US" },
      summary: { en: description || `Visit of ${visitorText} to the United States.` },
      participants,
      organizationIds: [government.id],
    });
    return { ok: true, shared, records: [event, citationOf(VISITS, { kind: "event", id: event.id }, id)] };
  } catch (e) {
    if (!(e instanceof InvalidRecord)) throw e;
    return { ok: false, problem: { line: row.line, column: row.column, reason: e.message } };
  }
}
