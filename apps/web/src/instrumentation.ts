/**
 * Runs once when the web server starts: the HTTP API is answered in front of Next.js from then on,
 * and a change to the record drops the pages that show it.
 */
export async function register() {
  // Not while building (nothing is kept then, and there may be no database).
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const [{ registerFrontRoutes }, { frontApi }] = await Promise.all([import("@ties/api/front-routes"), import("./server/front-api")]);
  registerFrontRoutes(frontApi);
  if (!process.env.DATABASE_URL) return;
  const { startPageInvalidation } = await import("./server/page-invalidation");
  startPageInvalidation(Number(process.env.PORT ?? 3000));
}
