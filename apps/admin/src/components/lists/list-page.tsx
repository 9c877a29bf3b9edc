/**
 * One list page for every record kind: a search box and filters kept in the URL, a table of the
 * kind's columns, keyset paging (the cursor is in the URL too) and clear empty states. What
 * differs between kinds lives in a `ListKind` description (see `list-kinds.tsx`).
 */
import "server-only";
import { PUBLICATION_STATES, ZPublicationState } from "@ties/domain";
import { TRPCError } from "@trpc/server";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import type { ReactNode } from "react";
import type { z } from "zod";
import { serverApi } from "../../server/services";
import { KIND_NAMES, KIND_PATHS } from "./record-paths";
import type { ReviewableKind } from "@ties/domain";
import "./lists.css";

export type Api = Awaited<ReturnType<typeof serverApi>>["api"];

export interface ListFilter {
  /** The URL parameter, named as the list procedure's input names it. */
  name: string;
  label: string;
  control: "search" | "select" | "date";
  /** What the parameter may hold: anything else is left out (and said so). */
  schema: z.ZodType<string>;
  options?: readonly { value: string; label: string }[];
}

export interface ListColumn<T> {
  header: string;
  cell: (row: T) => ReactNode;
}

export interface ListKind<T> {
  /** The record kind listed; other lists (the audit log) give their own path and names. */
  kind?: ReviewableKind;
  path?: string;
  names?: { one: string; many: string };
  title: string;
  /** Filters in the order shown; a record kind's list also gets the state filter. Some read their choices. */
  filters: ListFilter[] | ((api: Api) => Promise<ListFilter[]>);
  columns: ListColumn<T>[];
  load: (api: Api, input: Record<string, string | number>) => Promise<{ items: T[]; nextCursor: string | null }>;
}

export const PAGE_SIZE = 25;
const FIRST = "-";
const MAX_BACK = 30;

const STATE_FILTER: ListFilter = {
  name: "state",
  label: "State",
  control: "select",
  schema: ZPublicationState,
  options: PUBLICATION_STATES.map((s) => ({ value: s, label: s.replace("_", " ") })),
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (typeof v === "string" && v.trim() ? v.trim() : undefined);

export async function ListPage<T>({ of, searchParams, intro }: { of: ListKind<T>; searchParams: SearchParams; intro?: ReactNode }) {
  await connection();
  const { api, user } = await serverApi();
  if (!user) redirect("/sign-in");
  const sp = await searchParams;
  const own = typeof of.filters === "function" ? await of.filters(api) : of.filters;
  const filters = of.kind ? [...own, STATE_FILTER] : own;
  const applied: Record<string, string> = {};
  const ignored: string[] = [];
  for (const f of filters) {
    const raw = one(sp[f.name]);
    if (raw === undefined) continue;
    const parsed = f.schema.safeParse(raw);
    if (parsed.success) applied[f.name] = parsed.data;
    else ignored.push(f.label);
  }
  const cursor = one(sp.cursor);
  // Keyset pages only know the way forward: the cursors of the pages before this one travel in
  // the URL ("-" for the first page) so that "Previous page" can go back.
  const back = (one(sp.back)?.split(",") ?? []).filter((c) => c === FIRST || /^[A-Za-z0-9_-]{1,200}$/.test(c)).slice(-MAX_BACK);
  const path = of.path ?? (of.kind ? KIND_PATHS[of.kind] : "/");
  const names = of.names ?? (of.kind ? KIND_NAMES[of.kind] : { one: "item", many: "items" });
  const kept = new URLSearchParams(applied);
  const firstPage = kept.size ? `${path}?${kept}` : path;
  const pageHref = (at: string | undefined, before: string[]) => {
    const params = new URLSearchParams(kept);
    if (at && at !== FIRST) params.set("cursor", at);
    if (before.length) params.set("back", before.join(","));
    return params.size ? `${path}?${params}` : path;
  };
  let page: { items: T[]; nextCursor: string | null } | null = null;
  let failure: string | null = null;
  try {
    page = await of.load(api, { ...applied, limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) });
  } catch (e) {
    if (!(e instanceof TRPCError) || e.code !== "BAD_REQUEST") throw e;
    failure = cursor ? "This page of results is no longer valid." : `These filters could not be used: ${e.message.slice(0, 300)}`;
  }
  const filtered = kept.size > 0;
  return (
    <>
      <h1>{of.title}</h1>
      {intro}
      <search>
        <form method="get" action={path} className="filters" aria-label={`Find ${names.many}`}>
          {filters.map((f) => (
            <FilterControl key={f.name} filter={f} value={applied[f.name]} />
          ))}
          <button type="submit">Show</button>
          {filtered && <a href={path}>Clear filters</a>}
        </form>
      </search>
      {ignored.length > 0 && (
        <p role="status" className="list-note">
          Not understood, so not applied: {ignored.join(", ")}.
        </p>
      )}
      {failure ? (
        <p role="alert" className="error">
          {failure} <a href={firstPage}>Start from the first page</a>.
        </p>
      ) : !page || page.items.length === 0 ? (
        <p className="list-empty" role="status">
          {cursor ? `No more ${names.many}.` : filtered ? `No ${names.one} matches these filters.` : `There are no ${names.many} yet.`}
        </p>
      ) : (
        <>
          <p className="list-count" role="status">
            {page.items.length} {page.items.length === 1 ? names.one : names.many}
            {cursor ? " on this page" : page.nextCursor ? " on the first page" : ""}
          </p>
          <table className="record-list">
            <caption className="visually-hidden">{of.title}</caption>
            <thead>
              <tr>
                {of.columns.map((c) => (
                  <th key={c.header} scope="col">
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {page.items.map((row, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows have no common key type; order is the list's
                <tr key={i}>
                  {of.columns.map((c) => (
                    <td key={c.header} data-label={c.header}>
                      {c.cell(row)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <nav aria-label="Pages" className="pager">
        {cursor && back.length > 1 && <a href={firstPage}>First page</a>}
        {cursor && (
          <a href={pageHref(back.at(-1) ?? FIRST, back.slice(0, -1))} rel="prev">
            Previous page
          </a>
        )}
        {page?.nextCursor && (
          <a href={pageHref(page.nextCursor, [...back, cursor ?? FIRST].slice(-MAX_BACK))} rel="next">
            Next page
          </a>
        )}
      </nav>
    </>
  );
}

function FilterControl({ filter, value }: { filter: ListFilter; value: string | undefined }) {
  const id = `filter-${filter.name}`;
  return (
    <span className="filter">
      <label htmlFor={id}>{filter.label}</label>
      {filter.control === "select" ? (
        <select id={id} name={filter.name} defaultValue={value ?? ""}>
          <option value="">Any</option>
          {filter.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          name={filter.name}
          type={filter.control === "date" ? "date" : "search"}
          defaultValue={value ?? ""}
          maxLength={filter.control === "search" ? 200 : undefined}
        />
      )}
    </span>
  );
}
