import { allPages } from "@ties/api/feeds";
import { EVENT_TYPE_LABEL, EVENT_TYPES, ZEventListInput } from "@ties/domain";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { connection } from "next/server";
import { EventItem } from "../../components/event-item";
import { publicApi } from "../../server/api";

export const metadata: Metadata = { title: "Timeline", description: "Every published event, filtered by date, type, area or words." };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const FILTERS = ["q", "from", "to", "type", "area", "person", "organization", "agreement", "pair", "limit", "cursor"] as const;

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
  const [areas, people, organizations, agreements, result] = await Promise.all([
    allPages((cursor) => api.area.list({ limit: 100, cursor })),
    allPages((cursor) => api.person.list({ limit: 100, cursor })),
    allPages((cursor) => api.organization.list({ limit: 100, cursor })),
    allPages((cursor) => api.agreement.list({ limit: 100, cursor })),
    parsed.success
      ? api.event.list(parsed.data).catch((e: unknown) => {
          // A forged or stale cursor is the address's fault; anything else is a real failure.
          if (e instanceof TRPCError && e.code === "BAD_REQUEST") return null;
          throw e;
        })
      : Promise.resolve(null),
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
        <FilterSelect label="Type" name="type" value={filters.type} anyLabel="Any" options={EVENT_TYPES.map((t) => [t, EVENT_TYPE_LABEL[t]])} />
        <FilterSelect label="Area" name="area" value={filters.area} anyLabel="Any" options={areas.map((a) => [a.slug, a.name.en])} />
        <FilterSelect label="Person" name="person" value={filters.person} anyLabel="Anyone" options={people.map((p) => [p.slug, p.name])} />
        <FilterSelect
          label="Organisation"
          name="organization"
          value={filters.organization}
          anyLabel="Any"
          options={organizations.map((o) => [o.slug, o.name.en])}
        />
        <FilterSelect
          label="Agreement"
          name="agreement"
          value={filters.agreement}
          anyLabel="Any"
          options={agreements.map((a) => [a.slug, a.shortName ?? a.name.en])}
        />
        {filters.limit && <input type="hidden" name="limit" value={filters.limit} />}
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
              <EventItem key={e.id} event={e} heading="h2" detail={EVENT_TYPE_LABEL[e.type]} />
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

/** One labelled filter menu; the empty choice means "no filter". */
function FilterSelect(props: { label: string; name: string; value: string | undefined; anyLabel: string; options: [string, string][] }) {
  return (
    <label>
      {props.label}
      <select name={props.name} defaultValue={props.value ?? ""}>
        <option value="">{props.anyLabel}</option>
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
