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
import { restore } from "./actions";

export const metadata: Metadata = { title: "Record history" };

type Props = { params: Promise<{ kind: string; id: string }>; searchParams: Promise<{ notice?: string | string[] }> };

const show = (v: unknown) => (v === undefined ? "—" : JSON.stringify(v));

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
  const [record, history] = await Promise.all([router.adminById({ id: p.id }), router.history({ id: p.id })]).catch((e) => {
    if (e instanceof TRPCError && (e.code === "NOT_FOUND" || e.code === "BAD_REQUEST")) notFound();
    throw e;
  });
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
      <h2>History</h2>
      <ol reversed className="history">
        {[...history].reverse().map((h) => (
          <li key={h.version}>
            <p>
              Revision {h.version} · {h.createdAt.slice(0, 16).replace("T", " ")} · {h.authorName ?? "system"} · {h.reason} (
              {h.state.replace("_", " ")})
            </p>
            {h.changes.length > 0 && (
              <ul className="changes">
                {h.changes.slice(0, 30).map((c) => (
                  <li key={c.path}>
                    <code>{c.path.replace(/^input\./, "")}</code>: <del>{show(c.before)}</del> → <ins>{show(c.after)}</ins>
                  </li>
                ))}
              </ul>
            )}
            {mayRestore && h.version < record.version && (
              <form action={restore}>
                <input type="hidden" name="kind" value={kind.data} />
                <input type="hidden" name="id" value={record.id} />
                <input type="hidden" name="version" value={h.version} />
                <input type="hidden" name="baseVersion" value={record.version} />
                <button type="submit">Restore revision {h.version}</button>
              </form>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
