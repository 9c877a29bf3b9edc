import { roleAtLeast } from "@ties/domain";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { serverApi } from "../../../server/services";
import { ImportProgress } from "./import-progress";

export const metadata: Metadata = { title: "Import" };

/** One import: live progress while it runs (the page polls the API, so a reload loses nothing), then its summary. */
export default async function ImportRunPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { api, user } = await serverApi();
  if (!user) redirect("/sign-in");
  if (!roleAtLeast(user.role, "editor")) redirect("/import");
  const { id } = await params;
  const run = await api.importRun.byId({ id }).catch((e: unknown) => {
    if (e instanceof TRPCError && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  return (
    <>
      <h1>Import of {run.file}</h1>
      <ImportProgress initial={run} />
      <p>
        <a href="/import">All imports</a>
      </p>
    </>
  );
}
