/**
 * A list page's query and its links to the first and the next page. A list page reads one page of
 * records (keyset, newest or alphabetical first) so that its cost does not grow with the record;
 * its first page with no query is kept like a record's page (see app/[locale]/first-page), any
 * other is rendered per request.
 */
import { ZCursor } from "@ties/domain";
import { TRPCError } from "@trpc/server";

/** Records on one page of a list. */
export const LIST_PAGE_SIZE = 100;

export type ListSearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The list's query: one value per key, empty ones dropped; a malformed cursor is dropped, and
 * `limit` (records per page, 1 to LIST_PAGE_SIZE) is kept among the filters so that the pager keeps it.
 */
export async function listQuery<K extends string>(searchParams: ListSearchParams, keys: readonly K[]) {
  const params = await searchParams;
  const one = (key: string) => {
    const v = params[key];
    return (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
  };
  const cursor = ZCursor.safeParse(one("cursor"));
  const filters = Object.fromEntries(keys.flatMap((k) => (one(k) ? [[k, one(k)!]] : []))) as Partial<Record<K, string>>;
  const asked = Number(one("limit"));
  const limit = Number.isInteger(asked) && asked >= 1 && asked <= LIST_PAGE_SIZE ? asked : LIST_PAGE_SIZE;
  return {
    filters: { ...filters, limit: limit === LIST_PAGE_SIZE ? undefined : String(limit) },
    limit,
    cursor: cursor.success ? (cursor.data ?? undefined) : undefined,
  };
}

export function ListPager(props: {
  /** The list's own address (without a query). */
  path: string;
  label: string;
  firstLabel: string;
  nextLabel: string;
  /** The list's filters, kept on both links. */
  filters: Record<string, string | undefined>;
  cursor: string | undefined;
  nextCursor: string | null;
}) {
  const kept = Object.fromEntries(Object.entries(props.filters).filter((e): e is [string, string] => e[1] !== undefined));
  const query = (extra: Record<string, string>) => {
    const q = new URLSearchParams({ ...kept, ...extra }).toString();
    return q ? `${props.path}?${q}` : props.path;
  };
  if (!props.cursor && !props.nextCursor) return null;
  return (
    <nav aria-label={props.label} className="pager">
      {props.cursor && <a href={query({})}>{props.firstLabel}</a>}
      {props.nextCursor && (
        <a href={query({ cursor: props.nextCursor })} rel="next">
          {props.nextLabel}
        </a>
      )}
    </nav>
  );
}

/**
 * One page of a list from `read`; a cursor the API refuses (forged, or from a list that has since
 * changed shape) reads the first page instead.
 */
export async function readListPage<T>(read: (cursor: string | undefined) => Promise<T>, cursor: string | undefined) {
  try {
    return { page: await read(cursor), cursor };
  } catch (e) {
    if (!(cursor && e instanceof TRPCError && e.code === "BAD_REQUEST")) throw e;
    return { page: await read(undefined), cursor: undefined };
  }
}
