"use server";

import { ZReviewableKind } from "@ties/domain";
import { TRPCError } from "@trpc/server";
import { redirect } from "next/navigation";
import { z } from "zod";
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
  if (!parsed.success) redirect(`/review?error=${encodeURIComponent("The form was incomplete")}`);
  const { kind, id, baseVersion, decision, reason } = parsed.data;
  const { api } = await serverApi();
  const router = recordRouter(api, kind);
  let message: string;
  try {
    const input = { id, baseVersion, reason: reason || undefined };
    await (decision === "publish" ? router.publish(input) : router.reject(input));
    message = decision === "publish" ? "Published." : "Sent back to its curator.";
  } catch (e) {
    if (!(e instanceof TRPCError)) throw e;
    redirect(`/review?error=${encodeURIComponent(e.message)}`);
  }
  redirect(`/review?done=${encodeURIComponent(message)}`);
}
