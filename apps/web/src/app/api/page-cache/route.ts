/** Expires kept pages by tag; called only by this process's own change listener (see page-invalidation.ts). */
import { revalidateTag } from "next/cache";
import { z } from "zod";
import { isPageCacheSecret } from "../../../server/page-invalidation";

export const dynamic = "force-dynamic";

const ZTags = z.object({ tags: z.array(z.string().min(1).max(256)).min(1).max(1000) });

export async function POST(req: Request) {
  if (!isPageCacheSecret(req.headers.get("x-page-cache-secret"))) return new Response(null, { status: 404 });
  const body = ZTags.safeParse(await req.json().catch(() => null));
  if (!body.success) return Response.json({ error: { code: "BAD_REQUEST", message: "tags: a list of tag names" } }, { status: 400 });
  // Expired at once, not served stale while a new copy renders: a reader never sees a page older than a publish.
  for (const tag of body.data.tags) revalidateTag(tag, { expire: 0 });
  return new Response(null, { status: 204 });
}
