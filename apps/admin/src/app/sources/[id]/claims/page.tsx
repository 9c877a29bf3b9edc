import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { ClaimList, CompetingValues } from "../../../../components/claim-list";
import { serverApi } from "../../../../server/services";
import "../../../editorial.css";

export const metadata: Metadata = { title: "Claims in a source" };

type Props = { params: Promise<{ id: string }> };

/** Every claim a source makes, drafts included, with its grade and the verdicts on them. */
export default async function SourceClaimsPage({ params }: Props) {
  await connection();
  const { api, user } = await serverApi();
  if (!user) redirect("/sign-in");
  const { id } = await params;
  const source = await api.source.adminById({ id }).catch((e) => {
    if (e instanceof TRPCError && (e.code === "NOT_FOUND" || e.code === "BAD_REQUEST")) notFound();
    throw e;
  });
  const claims = await api.claim.adminList({ source: source.id, limit: 100 });
  const s = source.data;
  return (
    <>
      <p className="kicker">source · {source.state.replace("_", " ")}</p>
      <h1>Claims in “{s.title}”</h1>
      <p>
        {s.publisherName} · grade <strong>{s.grade}</strong>: {s.gradeReason}
      </p>
      <p>
        <a href={`/claims/new?source=${encodeURIComponent(source.id)}`}>Add a claim from this source</a> ·{" "}
        <a href={`/sources/${encodeURIComponent(source.id)}/edit`}>Edit the source and its grade</a> ·{" "}
        <a href={`/sources/${encodeURIComponent(source.id)}`}>Read the source</a>
      </p>
      <CompetingValues claims={claims.items} />
      <h2>Claims</h2>
      <ClaimList claims={claims.items} empty="No claims from this source yet." />
      {claims.nextCursor && <p>Showing the first 100 claims.</p>}
    </>
  );
}
