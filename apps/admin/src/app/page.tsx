import type { ReviewItem } from "@ties/domain";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { whenOf } from "../components/lists/audit-list";
import { RecordLink } from "../components/lists/record-link";
import { historyHref, KIND_NAMES, recordHref } from "../components/lists/record-paths";
import "../components/lists/lists.css";
import { serverApi } from "../server/services";

const day = (iso: string) => iso.slice(0, 10);

function ItemLink({ item }: { item: ReviewItem }) {
  return (
    <>
      <a href={recordHref(item.kind, item.slug)}>{item.label || item.slug}</a> ({KIND_NAMES[item.kind].one})
    </>
  );
}

/** The signed-in curator's desk: what was sent back to them, their drafts, the queue, the latest sources and activity. */
export default async function Dashboard() {
  await connection();
  const { api, user } = await serverApi();
  if (!user) redirect("/sign-in");
  const d = await api.dashboard.mine({ limit: 10 });
  return (
    <>
      <h1>Welcome, {user.name}</h1>
      <p>
        Signed in as {user.email} ({user.role}).
      </p>

      <section className="dashboard-section" aria-labelledby="sent-back">
        <h2 id="sent-back">Sent back to you</h2>
        {d.sentBack.length === 0 ? (
          <p>Nothing has been sent back to you.</p>
        ) : (
          <ul className="plain-list sent-back">
            {d.sentBack.map((s) => (
              <li key={`${s.kind}:${s.id}`}>
                <ItemLink item={s} />, sent back {s.sentBackBy ? `by ${s.sentBackBy} ` : ""}on {day(s.sentBackAt)}.{" "}
                <a href={historyHref(s.kind, s.slug)}>History</a>
                <p className="comment">{s.comment ? <>Comment: {s.comment}</> : "No comment was given."}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="dashboard-section" aria-labelledby="my-drafts">
        <h2 id="my-drafts">Your drafts</h2>
        {d.myDrafts.length === 0 ? (
          <p>You have no drafts. Drafts you write or edit appear here until you submit them.</p>
        ) : (
          <ul className="plain-list">
            {d.myDrafts.map((r) => (
              <li key={`${r.kind}:${r.id}`}>
                <ItemLink item={r} />, last changed {day(r.updatedAt)}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="dashboard-section" aria-labelledby="queue">
        <h2 id="queue">Review queue</h2>
        <p>
          {d.reviewCount === 0
            ? "Nothing is waiting for review."
            : `${d.reviewCount} ${d.reviewCount === 1 ? "record is" : "records are"} waiting for review.`}{" "}
          <a href="/review">Open the review queue</a>
        </p>
      </section>

      <section className="dashboard-section" aria-labelledby="recent-sources">
        <h2 id="recent-sources">Recent sources</h2>
        {d.recentSources.length === 0 ? (
          <p>
            No sources yet. <a href="/sources/new">Add a source</a>
          </p>
        ) : (
          <ul className="plain-list">
            {d.recentSources.map((s) => (
              <li key={s.id}>
                <a href={recordHref("source", s.slug)}>{s.title}</a>, {s.publisherName} ({s.state.replace("_", " ")})
              </li>
            ))}
          </ul>
        )}
        <p>
          <a href="/sources">All sources</a>
        </p>
      </section>

      <section className="dashboard-section" aria-labelledby="activity">
        <h2 id="activity">Recent activity</h2>
        {d.recentActivity.length === 0 ? (
          <p>No changes have been recorded yet.</p>
        ) : (
          <ul className="plain-list">
            {d.recentActivity.map((e) => (
              <li key={e.id}>
                <time dateTime={e.at}>{whenOf(e.at)}</time>: {e.actorName ?? "system"} ({e.action}){" "}
                <RecordLink record={e.record} fallback={`${e.recordKind} ${e.recordId}`} />
              </li>
            ))}
          </ul>
        )}
        <p>
          <a href="/audit">The full audit log</a>
        </p>
      </section>

      <form action="/sign-out" method="post">
        <button type="submit">Sign out</button>
      </form>
    </>
  );
}
