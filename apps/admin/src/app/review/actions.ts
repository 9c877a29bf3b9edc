"use server";

import { TiesError, ZReviewableKind } from "@ties/domain";
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
  if (decision === "reject" && !reason) {
    redirect(withFlash("/review", { kind: "error", text: "Say what needs fixing: the curator reads this comment." }));
  }
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
    // Refused for what it links to or cites (drafts, an unpublished source): offer to publish those along.
    const needs = e.cause instanceof TiesError ? ZNeeds.safeParse(e.cause.details.dependencies) : null;
    if (decision === "publish" && needs?.success && needs.data.length > 0) {
      next += `&offer=${encodeURIComponent(`${kind}:${id}:${baseVersion}`)}`;
    }
  }
  redirect(next);
}

const ZNeeds = z.array(z.object({ kind: z.string(), id: z.string(), label: z.string(), state: z.string() }));

const ZPublishWith = z.object({ kind: ZReviewableKind, id: z.string().min(1).max(64), baseVersion: z.coerce.number().int().positive() });

/** Publishes a record together with the unpublished sources and drafts it needs (editors). */
export async function publishWithNeeds(form: FormData) {
  const parsed = ZPublishWith.safeParse(Object.fromEntries(form));
  if (!parsed.success) redirect(withFlash("/review", { kind: "error", text: "The form was incomplete." }));
  const { api } = await serverApi();
  let next: string;
  try {
    const r = await api.review.publishWithDependencies(parsed.data);
    const along = r.alsoPublished.map((d) => `${d.kind} “${d.label}”`).join(", ");
    next = withFlash("/review", { kind: "done", text: `Published${along ? `, with ${along}` : ""}.`.slice(0, 2000) });
  } catch (e) {
    if (!(e instanceof TRPCError)) throw e;
    next = withFlash("/review", { kind: "error", text: e.message });
  }
  redirect(next);
}
