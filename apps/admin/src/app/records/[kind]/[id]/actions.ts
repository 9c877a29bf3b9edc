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
  /** On a published record: "draft" (for review) or "live" (confirmed). */
  mode: z.enum(["draft", "live"]).optional(),
});

/**
 * Restores an earlier revision as a new one (editors); a stale page gets the conflict message. On
 * a published record it becomes a draft for review, unless the editor confirmed it goes live.
 */
export async function restore(form: FormData) {
  const parsed = ZRestore.safeParse(Object.fromEntries(form));
  if (!parsed.success) redirect(withFlash("/review", { kind: "error", text: "The form was incomplete." }));
  const { kind, id, version, baseVersion, mode } = parsed.data;
  const here = `/records/${kind}/${encodeURIComponent(id)}`;
  const { api } = await serverApi();
  let next: string;
  try {
    await recordRouter(api, kind).restore({ id, version, baseVersion, live: mode === "live" });
    const text =
      mode === "draft"
        ? `Revision ${version} restored as a draft: submit it for review to publish it again.`
        : mode === "live"
          ? `Revision ${version} restored and live on the public site.`
          : `Revision ${version} restored.`;
    next = withFlash(here, { kind: "done", text });
  } catch (e) {
    if (!(e instanceof TRPCError)) throw e;
    next = withFlash(here, { kind: "error", text: e.message });
  }
  redirect(next);
}

const ZSubmit = z.object({
  kind: ZReviewableKind,
  id: z.string().min(1).max(64),
  baseVersion: z.coerce.number().int().positive(),
});

/** Submits a draft for review (curators), after fixing what an editor sent back, say. */
export async function submitForReview(form: FormData) {
  const parsed = ZSubmit.safeParse(Object.fromEntries(form));
  if (!parsed.success) redirect(withFlash("/review", { kind: "error", text: "The form was incomplete." }));
  const { kind, id, baseVersion } = parsed.data;
  const here = `/records/${kind}/${encodeURIComponent(id)}`;
  const { api } = await serverApi();
  let next: string;
  try {
    await recordRouter(api, kind).submit({ id, baseVersion });
    next = withFlash(here, { kind: "done", text: "Submitted for review." });
  } catch (e) {
    if (!(e instanceof TRPCError)) throw e;
    next = withFlash(here, { kind: "error", text: e.message });
  }
  redirect(next);
}
