import { roleAtLeast } from "@ties/domain";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { Notice } from "../../../../components/notice";
import { readFlash } from "../../../../server/flash";
import { serverApi } from "../../../../server/services";
import { SourceEditor } from "./source-editor";

export const metadata: Metadata = { title: "Edit source" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string | string[] }> };

/** A source's metadata and, for editors, its grade with the reason. */
export default async function EditSourcePage({ params, searchParams }: Props) {
  await connection();
  const { api, user } = await serverApi();
  if (!user) redirect("/sign-in");
  const { id } = await params;
  const record = await api.source.adminById({ id }).catch((e) => {
    if (e instanceof TRPCError && (e.code === "NOT_FOUND" || e.code === "BAD_REQUEST")) notFound();
    throw e;
  });
  // The full text is edited nowhere here: the form sends it back as it is.
  const { text: _text, ...shown } = record.data;
  return (
    <>
      <p className="kicker">
        source · {record.id} · {record.state.replace("_", " ")} · revision {record.version}
      </p>
      <h1>Edit source: {record.data.title}</h1>
      <p>
        <a href={`/sources/${encodeURIComponent(record.id)}`}>Read the source</a> ·{" "}
        <a href={`/sources/${encodeURIComponent(record.id)}/claims`}>Its claims</a>
      </p>
      <Notice flash={readFlash((await searchParams).notice)} />
      <SourceEditor key={record.version} id={record.id} version={record.version} data={shown} mayGrade={roleAtLeast(user.role, "editor")} />
    </>
  );
}
