"use server";

import { ZReviewableKind } from "@ties/domain";
import { TRPCError } from "@trpc/server";
import { redirect } from "next/navigation";
import { z } from "zod";
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
  if (!parsed.success) redirect("/review?error=The%20form%20was%20incomplete");
  const { kind, id, version, baseVersion } = parsed.data;
  const here = `/records/${kind}/${id}`;
  const { api } = await serverApi();
  try {
    await recordRouter(api, kind).restore({ id, version, baseVersion, reason: `Restored revision ${version}` });
  } catch (e) {
    if (!(e instanceof TRPCError)) throw e;
    redirect(`${here}?error=${encodeURIComponent(e.message)}`);
  }
  redirect(`${here}?done=${encodeURIComponent(`Revision ${version} restored.`)}`);
}
