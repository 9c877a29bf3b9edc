import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { recordRouter } from "../../../../../server/record-routers";
import { serverApi } from "../../../../../server/services";
import { EDITABLE_KINDS } from "./editable-kinds";
import { SentBackNote } from "../record-history";
import { RecordEditor } from "./record-editor";

export const metadata: Metadata = { title: "Edit record" };

type Props = { params: Promise<{ kind: string; id: string }> };

export default async function EditRecordPage({ params }: Props) {
  await connection();
  const { api, user } = await serverApi();
  if (!user) redirect("/sign-in");
  const p = await params;
  const kind = z.enum(EDITABLE_KINDS).safeParse(p.kind);
  if (!kind.success) notFound();
  const [record, history, sentBack] = await Promise.all([
    recordRouter(api, kind.data).adminById({ id: p.id }),
    recordRouter(api, kind.data).history({ id: p.id }),
    api.review.lastSendBack({ kind: kind.data, id: p.id }),
  ]).catch((e) => {
    if (e instanceof TRPCError && (e.code === "NOT_FOUND" || e.code === "BAD_REQUEST")) notFound();
    throw e;
  });
  const [people, events] = await Promise.all([
    api.person.adminList({ limit: 100 }).then((x) => x.items.map((i) => ({ id: i.id, label: i.name }))),
    api.event.adminList({ limit: 100 }).then((x) => x.items.map((i) => ({ id: i.id, label: `${i.title.en} (${i.date})` }))),
  ]);
  return (
    <>
      <p className="kicker">
        {kind.data} · {record.id} · revision {record.version}
      </p>
      <h1>Edit {kind.data}</h1>
      <SentBackNote sentBack={sentBack} state={record.state} />
      <RecordEditor
        key={record.version}
        savedBy={{ name: history.at(-1)?.authorName ?? null, at: history.at(-1)?.createdAt ?? null }}
        kind={kind.data}
        id={record.id}
        version={record.version}
        data={record.data as Record<string, unknown>}
        people={people}
        events={events}
      />
    </>
  );
}
