/**
 * The public API: the procedures anyone may call, picked from the full router. `@ties/client`
 * is typed against this router only, so what outsiders install describes no curation procedure.
 * A test walks the full router and checks that this list and the access checks agree.
 */
import type { AnyTRPCProcedure } from "@trpc/server";
import { appRouter } from "./root";
import { router } from "./trpc";

/** The named procedures of a sub-router, each keeping its exact type. */
function pick<R extends Record<K, AnyTRPCProcedure>, const K extends keyof R & string>(sub: R, keys: readonly K[]): Pick<R, K> {
  return Object.fromEntries(keys.map((key) => [key, sub[key]])) as Pick<R, K>;
}

const reads = ["list", "byId", "bySlug"] as const;

export const publicRouter = router({
  event: pick(appRouter.event, [...reads, "recent", "filterOptions"]),
  agreement: pick(appRouter.agreement, reads),
  commitment: pick(appRouter.commitment, reads),
  person: pick(appRouter.person, [...reads, "holders"]),
  organization: pick(appRouter.organization, reads),
  area: pick(appRouter.area, reads),
  source: pick(appRouter.source, reads),
  claim: pick(appRouter.claim, reads),
  search: pick(appRouter.search, ["query"]),
  stats: pick(appRouter.stats, ["activity", "totals"]),
});
export type PublicRouter = typeof publicRouter;
