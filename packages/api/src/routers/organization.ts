/** Organisations: public reads. */
import { getOrganization, listOrganizations } from "@ties/db";
import { page, ZByIdInput, ZBySlugInput, ZOrganizationDetail, ZOrganizationListInput, ZOrganizationSummary } from "@ties/domain";
import { requireFound } from "../require-found";
import { publicProcedure, router } from "../trpc";

export const organizationRouter = router({
  list: publicProcedure
    .input(ZOrganizationListInput)
    .output(page(ZOrganizationSummary))
    .query(({ ctx, input }) => listOrganizations(ctx.db, input, { publicOnly: true })),
  byId: publicProcedure
    .input(ZByIdInput)
    .output(ZOrganizationDetail)
    .query(async ({ ctx, input }) =>
      requireFound(await getOrganization(ctx.db, input.id, { publicOnly: true }), "published organisation", input.id),
    ),
  bySlug: publicProcedure
    .input(ZBySlugInput)
    .output(ZOrganizationDetail)
    .query(async ({ ctx, input }) =>
      requireFound(await getOrganization(ctx.db, input.slug, { publicOnly: true }), "published organisation", input.slug),
    ),
});
