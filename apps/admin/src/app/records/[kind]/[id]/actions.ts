"use server";

import { ZReviewableKind } from "@ties/domain";
import { TRPCError } from "@trpc/server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { withFlash } from "../../../../server/flash";
import { recordRouter } from "../../../../server/record-routers";
import { serverApi } from "../../../../server/services";

const ZRestore = z.object({
  kind: ZReviewableKind,
  id: z.string().min(1).max(64),
  version: z.coerce.number().int().positive(),
  baseVersion: z.coerce.number().int().positive(),
});

/** Restores an earlier revision as a new one (editors); a stale page gets the conflict message. */
export async function restore(form: FormData) {
  const parsed = ZRestore.safeParse(Object.fromEntries(form));
  if (!parsed.success) redirect(withFlash("/review", { kind: "error", text: "The form was incomplete." }));
  const { kind, id, version, baseVersion } = parsed.data;
  const here = `/records/${kind}/${encodeURIComponent(id)}`;
  const { api } = await serverApi();
  let next: string;
  try {
    await recordRouter(api, kind).restore({ id, version, baseVersion, reason: `Restored revision ${version}` });
    next = withFlash(here, { kind: "done", text: `Revision ${version} restored.` });
  } catch (e) {
    if (!(e instanceof TRPCError)) throw e;
    next = withFlash(here, { kind: "error", text: e.message });
  }
  redirect(next);
}
