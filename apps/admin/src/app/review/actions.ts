"use server";

import { ZReviewableKind } from "@ties/domain";
import { TRPCError } from "@trpc/server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { withFlash } from "../../server/flash";
import { recordRouter } from "../../server/record-routers";
import { serverApi } from "../../server/services";

const ZDecision = z.object({
  kind: ZReviewableKind,
  id: z.string().min(1).max(64),
  baseVersion: z.coerce.number().int().positive(),
  decision: z.enum(["publish", "reject"]),
  reason: z.string().trim().max(1000).optional(),
});

/** An editor's decision on a submitted record; the API checks the role and the revision. */
export async function decide(form: FormData) {
  const parsed = ZDecision.safeParse(Object.fromEntries(form));
  if (!parsed.success) redirect(withFlash("/review", { kind: "error", text: "The form was incomplete." }));
  const { kind, id, baseVersion, decision, reason } = parsed.data;
  const { api } = await serverApi();
  const router = recordRouter(api, kind);
  let next: string;
  try {
    const input = { id, baseVersion, reason: reason || undefined };
    await (decision === "publish" ? router.publish(input) : router.reject(input));
    next = withFlash("/review", { kind: "done", text: decision === "publish" ? "Published." : "Sent back to its curator." });
  } catch (e) {
    if (!(e instanceof TRPCError)) throw e;
    next = withFlash("/review", { kind: "error", text: e.message });
  }
  redirect(next);
}
