import { roleAtLeast, ZReviewableKind } from "@ties/domain";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { Notice } from "../../../../components/notice";
import { RecordCitations } from "../../../../components/record-citations";
import { readFlash } from "../../../../server/flash";
import { recordRouter } from "../../../../server/record-routers";
import { serverApi } from "../../../../server/services";
import "../../../../components/lists/lists.css";
import { RecordHistory, SentBackNote } from "./record-history";

export const metadata: Metadata = { title: "Record history" };

type Props = { params: Promise<{ kind: string; id: string }>; searchParams: Promise<{ notice?: string | string[] }> };

/** What a reviewer reads to recognise a record, from its editable data. */
const ZText = z.union([z.string(), z.object({ en: z.string() })]).optional();
const ZLabelled = z.object({ title: ZText, name: ZText, text: ZText, statement: ZText });
function labelOf(data: unknown, id: string): string {
  const d = ZLabelled.safeParse(data);
  if (!d.success) return id;
  const pick = (v: z.infer<typeof ZText>) => (typeof v === "string" ? v : v?.en);
  return pick(d.data.title) ?? pick(d.data.name) ?? pick(d.data.text) ?? pick(d.data.statement) ?? id;
}

export default async function RecordPage({ params, searchParams }: Props) {
  await connection();
  const { api, user } = await serverApi();
  if (!user) redirect("/sign-in");
  const p = await params;
  const kind = ZReviewableKind.safeParse(p.kind);
  if (!kind.success) notFound();
  const router = recordRouter(api, kind.data);
  // The address may hold the record's slug or its id: the record says which id its history is under.
  const record = await router.adminById({ id: p.id }).catch((e) => {
    if (e instanceof TRPCError && (e.code === "NOT_FOUND" || e.code === "BAD_REQUEST")) notFound();
    throw e;
  });
  const [history, sentBack] = await Promise.all([
    router.history({ id: record.id }),
    api.review.lastSendBack({ kind: kind.data, id: record.id }),
  ]);
  const flash = readFlash((await searchParams).notice);
  const mayRestore = roleAtLeast(user.role, "editor");
  return (
    <>
      <p className="kicker">
        {kind.data} · {record.id}
      </p>
      <h1>{labelOf(record.data, record.id)}</h1>
      <p>
        State: <strong>{record.state.replace("_", " ")}</strong>, revision {record.version}.
      </p>
      {["event", "agreement", "commitment", "person", "organization", "area"].includes(kind.data) && (
        <p>
          <a href={`/records/${kind.data}/${encodeURIComponent(record.id)}/edit`}>Edit</a>
        </p>
      )}
      <Notice flash={flash} />
      {kind.data !== "source" && <RecordCitations kind={kind.data} id={record.id} />}
      <SentBackNote sentBack={sentBack} state={record.state} />
      <RecordHistory
        kind={kind.data}
        id={record.id}
        version={record.version}
        state={record.state}
        history={history}
        mayRestore={mayRestore}
      />
    </>
  );
}
