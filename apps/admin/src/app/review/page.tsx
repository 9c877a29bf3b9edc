import { roleAtLeast } from "@ties/domain";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { Notice } from "../../components/notice";
import { readFlash } from "../../server/flash";
import { serverApi } from "../../server/services";
import { decide, publishWithNeeds } from "./actions";

export const metadata: Metadata = { title: "Review queue" };

type Props = { searchParams: Promise<{ notice?: string | string[]; offer?: string | string[] }> };

export default async function ReviewPage({ searchParams }: Props) {
  await connection();
  const { api, user } = await serverApi();
  if (!user) redirect("/sign-in");
  const [queue, flash] = [await api.review.queue({}), readFlash((await searchParams).notice)];
  const mayDecide = roleAtLeast(user.role, "editor");
  const offerParam = (await searchParams).offer;
  const [offerKind, offerId, offerVersion] = typeof offerParam === "string" ? offerParam.split(":") : [];
  const offered = queue.find((r) => r.kind === offerKind && r.id === offerId && String(r.version) === offerVersion);
  return (
    <>
      <h1>Review queue</h1>
      <p>Records curators submitted for review, oldest first.{mayDecide ? "" : " Editors publish them or send them back."}</p>
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
        <table className="queue">
          <thead>
            <tr>
              <th scope="col">Kind</th>
              <th scope="col">Record</th>
              <th scope="col">Submitted</th>
              {mayDecide && <th scope="col">Decision</th>}
            </tr>
          </thead>
          <tbody>
            {queue.map((r) => (
              <tr key={`${r.kind}-${r.id}`}>
                <td>{r.kind}</td>
                <td>
                  <a href={`/records/${r.kind}/${r.id}`}>{r.label}</a>
                </td>
                <td>
                  <time dateTime={r.updatedAt}>{r.updatedAt.slice(0, 16).replace("T", " ")}</time> (revision {r.version})
                </td>
                {mayDecide && (
                  <td>
                    <form action={decide} className="decision">
                      <input type="hidden" name="kind" value={r.kind} />
                      <input type="hidden" name="id" value={r.id} />
                      <input type="hidden" name="baseVersion" value={r.version} />
                      <label>
                        Reason <input name="reason" maxLength={1000} aria-label={`Reason for ${r.label}`} />
                      </label>
                      <button type="submit" name="decision" value="publish" aria-label={`Publish ${r.label}`}>
                        Publish
                      </button>
                      <button type="submit" name="decision" value="reject" aria-label={`Send back ${r.label}`}>
                        Send back
                      </button>
                    </form>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
