import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { serverApi } from "../../../server/services";
import { IntakeForm } from "./intake-form";

export const metadata: Metadata = { title: "Add a source" };

export default async function NewSourcePage() {
  await connection();
  const { api, user } = await serverApi();
  if (!user) redirect("/sign-in");
  const publishers = await api.organization.adminList({ limit: 100 }).then(
    (p) => p.items.flatMap((o) => [o.name.en, ...(o.name.fr ? [o.name.fr] : [])]),
    () => [] as string[],
  );
  return (
    <>
      <h1>Add a source</h1>
      <p>Paste the text or upload a file. Ties keeps the full text, sets boilerplate aside and suggests records from it.</p>
      <IntakeForm publishers={[...new Set(publishers)].sort()} />
    </>
  );
}
