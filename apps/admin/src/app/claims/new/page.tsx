import { roleAtLeast, ZRecordKind } from "@ties/domain";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { serverApi } from "../../../server/services";
import { sourceOptions } from "../../../server/source-options";
import { ClaimEditor } from "../[id]/claim-editor";
import "../../editorial.css";

export const metadata: Metadata = { title: "Add a claim" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (typeof v === "string" && v.trim() ? v.trim().slice(0, 120) : undefined);

/** A new claim, started from a source (?source=) or a record (?kind=&id=&field=) when linked from one. */
export default async function NewClaimPage({ searchParams }: Props) {
  await connection();
  const { api, user } = await serverApi();
  if (!user) redirect("/sign-in");
  const sp = await searchParams;
  const sourceId = one(sp.source) ?? "";
  const kind = ZRecordKind.safeParse(one(sp.kind)).data;
  const recordId = one(sp.id);
  const data = {
    sourceId,
    statement: "",
    subject: kind && recordId ? { kind, id: recordId, field: one(sp.field) ?? null } : null,
    rank: "normal",
    verdict: "unverified",
    reasoning: "Not yet assessed",
    supportingSourceIds: [],
    opposingSourceIds: [],
  };
  return (
    <>
      <h1>Add a claim</h1>
      <p>What a source states about a record, and, for editors, the verdict on it.</p>
      <ClaimEditor
        id={null}
        version={null}
        data={data}
        mayJudge={roleAtLeast(user.role, "editor")}
        sources={await sourceOptions(api, [sourceId])}
      />
    </>
  );
}
