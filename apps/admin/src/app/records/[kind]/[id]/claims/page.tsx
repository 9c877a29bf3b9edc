import { ZReviewableKind } from "@ties/domain";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { ClaimList, CompetingValues } from "../../../../../components/claim-list";
import { recordRouter } from "../../../../../server/record-routers";
import { serverApi } from "../../../../../server/services";
import "../../../../editorial.css";

export const metadata: Metadata = { title: "Claims about a record" };

type Props = { params: Promise<{ kind: string; id: string }> };

/** Every claim about a record: competing values for each field side by side, then each claim with its verdict. */
export default async function RecordClaimsPage({ params }: Props) {
  await connection();
  const { api, user } = await serverApi();
  if (!user) redirect("/sign-in");
  const p = await params;
  const kind = ZReviewableKind.safeParse(p.kind);
  if (!kind.success) notFound();
  const record = await recordRouter(api, kind.data)
    .adminById({ id: p.id })
    .catch((e) => {
      if (e instanceof TRPCError && (e.code === "NOT_FOUND" || e.code === "BAD_REQUEST")) notFound();
      throw e;
    });
  const claims = await api.claim.adminList({ subjectKind: kind.data, subjectId: record.id, limit: 100 });
  const label = claims.items[0]?.subject?.label ?? record.id;
  const here = `/records/${kind.data}/${encodeURIComponent(record.id)}`;
  return (
    <>
      <p className="kicker">
        {kind.data} · {record.state.replace("_", " ")}
      </p>
      <h1>Claims about {label}</h1>
      <p>
        <a href={`/claims/new?kind=${kind.data}&id=${encodeURIComponent(record.id)}`}>Add a claim about this record</a> ·{" "}
        <a href={here}>The record and its history</a>
      </p>
      <CompetingValues claims={claims.items} />
      <h2>Claims</h2>
      <ClaimList claims={claims.items} empty="No claims about this record yet." />
    </>
  );
}
