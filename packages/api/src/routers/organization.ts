/** Organisations: public reads; curation procedures (signed in, role-checked). */
import { getOrganization, listOrganizations, organizationStore } from "@ties/db";
import {
  ZAdminListState,
  ZAdminRecord,
  ZByIdInput,
  ZBySlugInput,
  ZHistoryInput,
  ZOrganizationDetail,
  ZOrganizationInput,
  ZOrganizationListInput,
  ZOrganizationSummary,
  page,
} from "@ties/domain";
import { requireFound } from "../require-found";
import { curatorProcedure, publicProcedure, router } from "../trpc";
import { mergeProcedures } from "./merge-procedures";
import { adminRecordFor, recordProcedures } from "./curation-procedures";

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
  // Curation: curators draft and submit, editors publish and restore.
  adminList: curatorProcedure
    .input(ZOrganizationListInput.extend(ZAdminListState.shape))
    .output(page(ZOrganizationSummary))
    .query(({ ctx, input }) => listOrganizations(ctx.db, input, { publicOnly: false, state: input.state })),
  adminById: curatorProcedure
    .input(ZHistoryInput)
    .output(ZAdminRecord(ZOrganizationInput))
    .query(({ ctx, input }) => adminRecordFor(organizationStore, ctx.db, input.id)),
  ...recordProcedures(organizationStore),
  ...mergeProcedures("organization"),
});
