/** Responses for feeds and downloads: content type, caching, and the site's own absolute URL. */
import "server-only";
import { siteEnv } from "./env";

export const siteUrl = () => siteEnv().WEB_URL.replace(/\/+$/, "");

export function download(body: string | ReadableStream<Uint8Array>, type: string, filename?: string): Response {
  return new Response(body, {
    headers: {
      "content-type": type,
      "cache-control": "public, max-age=300, stale-while-revalidate=3600",
      ...(filename ? { "content-disposition": `attachment; filename="${filename}"` } : {}),
    },
  });
}
