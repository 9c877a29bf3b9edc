import { PUBLICATION_STATES, SOURCE_GRADES, ZPublicationState, ZSourceGrade } from "@ties/domain";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { serverApi } from "../../server/services";

export const metadata: Metadata = { title: "Sources" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (typeof v === "string" && v.trim() ? v.trim() : undefined);

/** Every source, drafts included: search by words, filter by state and grade, a page at a time. */
export default async function SourcesPage({ searchParams }: Props) {
  await connection();
  const { api, user } = await serverApi();
  if (!user) redirect("/sign-in");
  const sp = await searchParams;
  const q = one(sp.q)?.slice(0, 200);
  const state = ZPublicationState.safeParse(one(sp.state)).data;
  const grade = ZSourceGrade.safeParse(one(sp.grade)).data;
  const order = one(sp.order) === "oldest" ? "oldest" : "newest";
  const cursor = one(sp.cursor);
  const page = await api.source
    .adminList({ q, state, grade, cursor, limit: 25 })
    .catch(() => api.source.adminList({ q, state, grade, limit: 25 }));
  const items = [...page.items].sort((a, b) => {
    const cmp = (a.publishedAt ?? "").localeCompare(b.publishedAt ?? "");
    return order === "oldest" ? cmp : -cmp;
  });
  const keep = new URLSearchParams();
  for (const [k, v] of Object.entries({ q, state, grade, order: order === "oldest" ? order : undefined })) if (v) keep.set(k, v);
  return (
    <>
      <h1>Sources</h1>
      <p>
        <a href="/sources/new">Add a source</a>
      </p>
      <search>
        <form method="get" className="filters" aria-label="Find sources">
          <label>
            Words <input type="search" name="q" defaultValue={q ?? ""} maxLength={200} />
          </label>
          <label>
            State{" "}
            <select name="state" defaultValue={state ?? ""}>
              <option value="">Any</option>
              {PUBLICATION_STATES.map((s) => (
                <option key={s} value={s}>
                  {s.replace("_", " ")}
                </option>
              ))}
            </select>
          </label>
          <label>
            Grade{" "}
            <select name="grade" defaultValue={grade ?? ""}>
              <option value="">Any</option>
              {SOURCE_GRADES.map((g) => (
                <option key={g} value={g}>
                  {g}
                </option>
              ))}
            </select>
          </label>
          <label>
            Order{" "}
            <select name="order" defaultValue={order}>
              <option value="newest">Newest first</option>
              <option value="oldest">Oldest first</option>
            </select>
          </label>
          <button type="submit">Show</button>
        </form>
      </search>
      {items.length === 0 ? (
        <p>No source matches.</p>
      ) : (
        <div className="table-scroll">
          <table className="queue">
            <caption className="visually-hidden">Sources</caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Publisher</th>
                <th scope="col">Published</th>
                <th scope="col">Grade</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {items.map((s) => (
                <tr key={s.id}>
                  <td>
                    <a href={`/sources/${s.id}`}>{s.title}</a>
                  </td>
                  <td>{s.publisherName}</td>
                  <td>{s.publishedAt ?? "—"}</td>
                  <td>{s.grade}</td>
                  <td>{s.state.replace("_", " ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page.nextCursor && (
        <p>
          <a href={`/sources?${new URLSearchParams([...keep, ["cursor", page.nextCursor]])}`}>Next page</a>
        </p>
      )}
    </>
  );
}
