/** Claims and their verdicts: public reads. */
import { getClaim, listClaims } from "@ties/db";
import { page, ZByIdInput, ZBySlugInput, ZClaimDetail, ZClaimListInput, ZClaimSummary } from "@ties/domain";
import { requireFound } from "../require-found";
import { publicProcedure, router } from "../trpc";

export const claimRouter = router({
  list: publicProcedure
    .input(ZClaimListInput)
    .output(page(ZClaimSummary))
    .query(({ ctx, input }) => listClaims(ctx.db, input, { publicOnly: true })),
  byId: publicProcedure
    .input(ZByIdInput)
    .output(ZClaimDetail)
    .query(async ({ ctx, input }) => requireFound(await getClaim(ctx.db, input.id, { publicOnly: true }), "published claim", input.id)),
  bySlug: publicProcedure
    .input(ZBySlugInput)
    .output(ZClaimDetail)
    .query(async ({ ctx, input }) => requireFound(await getClaim(ctx.db, input.slug, { publicOnly: true }), "published claim", input.slug)),
});
