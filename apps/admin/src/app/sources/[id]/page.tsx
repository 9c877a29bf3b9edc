import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { serverApi } from "../../../server/services";
import { Reader } from "./reader";

export const metadata: Metadata = { title: "Source reader" };

type Props = { params: Promise<{ id: string }> };

/** The source reader: the full text with its suggestions at their spans, and what was accepted from it. */
export default async function SourceReaderPage({ params }: Props) {
  await connection();
  const { api, user } = await serverApi();
  if (!user) redirect("/sign-in");
  const { id } = await params;
  const wb = await api.source.workbench({ id }).catch((e) => {
    if (e instanceof TRPCError && (e.code === "NOT_FOUND" || e.code === "BAD_REQUEST")) notFound();
    throw e;
  });
  // Options for the forms' pickers: the records a curator most often links to.
  const [people, events] = await Promise.all([
    api.person.adminList({ limit: 100 }).then((p) => p.items.map((x) => ({ id: x.id, label: x.name }))),
    api.event.adminList({ limit: 100 }).then((p) => p.items.map((x) => ({ id: x.id, label: `${x.title.en} (${x.date})` }))),
  ]);
  return (
    <>
      <nav aria-label="This source" className="kicker">
        <a href={`/sources/${encodeURIComponent(id)}/edit`}>Edit metadata and grade</a> ·{" "}
        <a href={`/sources/${encodeURIComponent(id)}/claims`}>Claims</a>
      </nav>
      <Reader wb={wb} people={people} events={events} />
    </>
  );
}
