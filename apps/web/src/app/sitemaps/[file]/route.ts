/** GET /sitemaps/<name>.xml: one file of the sitemap (see server/sitemap.ts). */
import { sitemapFileResponse } from "../../../server/sitemap";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }) {
  return (await sitemapFileResponse((await params).file)) ?? new Response("No such sitemap file\n", { status: 404 });
}
