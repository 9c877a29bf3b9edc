import { type ReviewPreview, roleAtLeast } from "@ties/domain";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { Notice } from "../../components/notice";
import { readFlash } from "../../server/flash";
import { serverApi } from "../../server/services";
import { decide, publishWithNeeds } from "./actions";
import { FieldChanges } from "./field-changes";
import { RecordPreview } from "./record-preview";
import "./review.css";

export const metadata: Metadata = { title: "Review queue" };

type Props = { searchParams: Promise<{ notice?: string | string[]; offer?: string | string[] }> };

/** Names the diff can use for the people, organisations and agreements the preview already read. */
function namesOf(p: ReviewPreview): Map<string, string> {
  const names = new Map<string, string>();
  for (const x of p.event?.participants ?? []) names.set(x.personId, x.name);
  for (const x of p.event?.organizations ?? []) names.set(x.id, x.name.en);
  for (const x of p.event?.agreements ?? []) names.set(x.id, x.shortName ?? x.name.en);
  return names;
}

export default async function ReviewPage({ searchParams }: Props) {
  await connection();
  const { api, user } = await serverApi();
  if (!user) redirect("/sign-in");
  const [queue, flash] = [await api.review.queue({ limit: 50 }), readFlash((await searchParams).notice)];
  const previews = await Promise.all(queue.map((r) => api.review.preview({ kind: r.kind, id: r.id })));
  const mayDecide = roleAtLeast(user.role, "editor");
  const offerParam = (await searchParams).offer;
  const [offerKind, offerId, offerVersion] = typeof offerParam === "string" ? offerParam.split(":") : [];
  const offered = queue.find((r) => r.kind === offerKind && r.id === offerId && String(r.version) === offerVersion);
  return (
    <>
      <h1>Review queue</h1>
      <p>
        Records curators submitted for review, oldest first, each as the public site will show it beside what changed since its published
        version.{mayDecide ? "" : " Editors publish them or send them back."}
      </p>
      <Notice flash={flash} />
      {mayDecide && offered && (
        <form action={publishWithNeeds} className="decision offer">
          <input type="hidden" name="kind" value={offered.kind} />
          <input type="hidden" name="id" value={offered.id} />
          <input type="hidden" name="baseVersion" value={offered.version} />
          <p>“{offered.label}” needs other records published first.</p>
          <button type="submit">Publish with what it needs</button>
        </form>
      )}
      {queue.length === 0 ? (
        <p>Nothing is waiting for review.</p>
      ) : (
        <ol className="review-list">
          {queue.map((r, i) => {
            const p = previews[i]!;
            const names = namesOf(p);
            const headingId = `review-${r.kind}-${r.id}`;
            return (
              <li key={`${r.kind}-${r.id}`}>
                <article className="review-item" aria-labelledby={headingId}>
                  <h2 id={headingId}>
                    <span className="kind">{r.kind}</span> <a href={`/records/${r.kind}/${encodeURIComponent(r.id)}`}>{r.label}</a>
                  </h2>
                  <p className="meta">
                    Submitted <time dateTime={r.updatedAt}>{r.updatedAt.slice(0, 16).replace("T", " ")}</time> · revision {r.version}
                    {p.sentBack && ` · sent back before: “${p.sentBack.reason}”`}
                  </p>
                  <div className="review-columns">
                    <section aria-label={`Public page preview of ${r.label}`} className="review-preview">
                      <h3>As the public will see it</h3>
                      <RecordPreview preview={p} />
                    </section>
                    <section aria-label={`Changes to ${r.label}`} className="review-diff">
                      <h3>{p.publishedVersion ? `Changes since published revision ${p.publishedVersion}` : "New: never published"}</h3>
                      <FieldChanges
                        changes={p.changes}
                        kind={r.kind}
                        nameOf={(id) => names.get(id)}
                        beforeLabel={p.publishedVersion ? "Published" : "Before"}
                        afterLabel="Submitted"
                      />
                    </section>
                  </div>
                  {mayDecide && (
                    <div className="review-decisions">
                      <form action={decide} className="decision">
                        <input type="hidden" name="kind" value={r.kind} />
                        <input type="hidden" name="id" value={r.id} />
                        <input type="hidden" name="baseVersion" value={r.version} />
                        <button type="submit" name="decision" value="publish" aria-label={`Publish ${r.label}`}>
                          Publish
                        </button>
                      </form>
                      <form action={decide} className="decision send-back">
                        <input type="hidden" name="kind" value={r.kind} />
                        <input type="hidden" name="id" value={r.id} />
                        <input type="hidden" name="baseVersion" value={r.version} />
                        <label htmlFor={`${headingId}-reason`}>
                          Comment for the curator<span className="visually-hidden"> of {r.label}</span>
                        </label>
                        <textarea id={`${headingId}-reason`} name="reason" rows={2} maxLength={1000} required />
                        <button type="submit" name="decision" value="reject" aria-label={`Send back ${r.label}`}>
                          Send back
                        </button>
                      </form>
                    </div>
                  )}
                </article>
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
