import { roleAtLeast, VERDICT_LABEL } from "@ties/domain";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { CompetingValues } from "../../../components/claim-list";
import { Notice } from "../../../components/notice";
import { readFlash } from "../../../server/flash";
import { serverApi } from "../../../server/services";
import { sourceOptions } from "../../../server/source-options";
import { ClaimEditor } from "./claim-editor";
import "../../editorial.css";

export const metadata: Metadata = { title: "Claim" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string | string[] }> };

/** One claim: its verdict, the values other claims give for the same field, and its editor. */
export default async function ClaimPage({ params, searchParams }: Props) {
  await connection();
  const { api, user } = await serverApi();
  if (!user) redirect("/sign-in");
  const { id } = await params;
  const claim = await api.claim.adminById({ id }).catch((e) => {
    if (e instanceof TRPCError && (e.code === "NOT_FOUND" || e.code === "BAD_REQUEST")) notFound();
    throw e;
  });
  const d = claim.data;
  const [sources, competing] = await Promise.all([
    sourceOptions(api, [d.sourceId, ...d.supportingSourceIds, ...d.opposingSourceIds]),
    d.subject?.field
      ? api.claim
          .adminList({ subjectKind: d.subject.kind, subjectId: d.subject.id, limit: 100 })
          .then((p) => p.items.filter((c) => c.subject?.field === d.subject?.field))
      : Promise.resolve([]),
  ]);
  const flash = readFlash((await searchParams).notice);
  return (
    <>
      <p className="kicker">
        claim · {claim.id} · {claim.state.replace("_", " ")} · revision {claim.version}
      </p>
      <h1>{d.statement}</h1>
      <p>
        Verdict: <span className={`verdict verdict-${d.verdict}`}>{VERDICT_LABEL[d.verdict]}</span>.{" "}
        <a href={`/records/claim/${encodeURIComponent(claim.id)}`}>History and review</a> ·{" "}
        <a href={`/sources/${encodeURIComponent(d.sourceId)}/claims`}>Claims in its source</a>
        {d.subject && (
          <>
            {" "}
            · <a href={`/records/${d.subject.kind}/${encodeURIComponent(d.subject.id)}/claims`}>Claims about its record</a>
          </>
        )}
      </p>
      <Notice flash={flash} />
      {competing.length > 1 && <CompetingValues claims={competing} />}
      <h2>Edit the claim</h2>
      <ClaimEditor
        key={claim.version}
        id={claim.id}
        version={claim.version}
        data={d}
        mayJudge={roleAtLeast(user.role, "editor")}
        sources={sources}
      />
    </>
  );
}
