import { EVENT_TYPES, formatDateRange, parseDateOrRange, ZEventListInput } from "@ties/domain";
import type { Metadata } from "next";
import { connection } from "next/server";
import { EVENT_TYPE_LABEL } from "../../components/labels";
import { publicApi } from "../../server/api";

export const metadata: Metadata = { title: "Timeline", description: "Every published event, filtered by date, type, area or words." };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const FILTERS = ["q", "from", "to", "type", "area", "person", "organization", "agreement", "limit", "cursor"] as const;

/** The filters from the address: one value each, empty ones dropped, so every state has one URL. */
function filtersFrom(params: Record<string, string | string[] | undefined>) {
  const out: Record<string, string> = {};
  for (const key of FILTERS) {
    const v = params[key];
    const value = Array.isArray(v) ? v[0] : v;
    if (value?.trim()) out[key] = value.trim();
  }
  return out;
}

export default async function TimelinePage({ searchParams }: Props) {
  await connection();
  const filters = filtersFrom(await searchParams);
  const parsed = ZEventListInput.safeParse({ ...filters, limit: filters.limit ? Number(filters.limit) : 20 });
  const api = publicApi();
  const [areas, result] = await Promise.all([
    api.area.list({ limit: 100 }),
    parsed.success ? api.event.list(parsed.data).catch(() => null) : Promise.resolve(null),
  ]);
  const problems = parsed.success
    ? result
      ? []
      : ["The page address is not valid: start again from the first page."]
    : parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
  const { cursor: _cursor, ...withoutCursor } = filters;
  const next = result?.nextCursor ? `?${new URLSearchParams({ ...withoutCursor, cursor: result.nextCursor })}` : null;
  return (
    <>
      <h1>Timeline</h1>
      <form method="get" className="filters" aria-label="Filter events">
        <label>
          Words <input name="q" type="search" defaultValue={filters.q} maxLength={200} />
        </label>
        <label>
          From <input name="from" type="date" defaultValue={filters.from} />
        </label>
        <label>
          To <input name="to" type="date" defaultValue={filters.to} />
        </label>
        <label>
          Type
          <select name="type" defaultValue={filters.type ?? ""}>
            <option value="">Any</option>
            {EVENT_TYPES.map((t) => (
              <option key={t} value={t}>
                {EVENT_TYPE_LABEL[t]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Area
          <select name="area" defaultValue={filters.area ?? ""}>
            <option value="">Any</option>
            {areas.items.map((a) => (
              <option key={a.slug} value={a.slug}>
                {a.name.en}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Show</button>
        <a href="/events">Clear</a>
      </form>
      {problems.length > 0 && (
        <div role="alert" className="error filter-errors">
          {problems.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
      )}
      {result && (
        <>
          <p className="meta" aria-live="polite">
            {result.items.length === 0 ? "No event matches these filters." : `Showing ${result.items.length} events${filters.cursor ? " (later page)" : ""}.`}
          </p>
          <ol className="events">
            {result.items.map((e) => (
              <li key={e.id}>
                <time dateTime={e.dateFirst}>{formatDateRange(parseDateOrRange(e.date)!)}</time>
                <h2 className="event-title">
                  <a href={`/events/${e.slug}`}>{e.title.en}</a>
                </h2>
                <p className="meta">{EVENT_TYPE_LABEL[e.type]}</p>
              </li>
            ))}
          </ol>
          <nav aria-label="Pages" className="pager">
            {filters.cursor && <a href={`?${new URLSearchParams(withoutCursor)}`}>First page</a>}
            {next && (
              <a href={next} rel="next">
                Older events
              </a>
            )}
          </nav>
        </>
      )}
    </>
  );
}
