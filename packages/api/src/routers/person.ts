/** People: public reads, positions over time, and who held a role on a day; curation procedures (signed in, role-checked). */
import { getPerson, listPeople, personStore, positionHolders } from "@ties/db";
import {
  ZAdminListState,
  ZAdminRecord,
  ZByIdInput,
  ZBySlugInput,
  ZHistoryInput,
  ZHolderView,
  ZHoldersInput,
  ZPersonDetail,
  ZPersonInput,
  ZPersonListInput,
  ZPersonSummary,
  page,
} from "@ties/domain";
import { z } from "zod";
import { requireFound } from "../require-found";
import { curatorProcedure, publicProcedure, router } from "../trpc";
import { mergeProcedures } from "./merge-procedures";
import { adminRecordFor, recordProcedures } from "./curation-procedures";

export const personRouter = router({
  list: publicProcedure
    .input(ZPersonListInput)
    .output(page(ZPersonSummary))
    .query(({ ctx, input }) => listPeople(ctx.db, input, { publicOnly: true })),
  byId: publicProcedure
    .input(ZByIdInput)
    .output(ZPersonDetail)
    .query(async ({ ctx, input }) => requireFound(await getPerson(ctx.db, input.id, { publicOnly: true }), "published person", input.id)),
  bySlug: publicProcedure
    .input(ZBySlugInput)
    .output(ZPersonDetail)
    .query(async ({ ctx, input }) =>
      requireFound(await getPerson(ctx.db, input.slug, { publicOnly: true }), "published person", input.slug),
    ),
  /** "Who was Korea's foreign minister on 2024-07-18?" */
  holders: publicProcedure
    .input(ZHoldersInput)
    .output(z.array(ZHolderView))
    .query(({ ctx, input }) => positionHolders(ctx.db, input, { publicOnly: true })),
  // Curation: curators draft and submit, editors publish and restore.
  adminList: curatorProcedure
    .input(ZPersonListInput.extend(ZAdminListState.shape))
    .output(page(ZPersonSummary))
    .query(({ ctx, input }) => listPeople(ctx.db, input, { publicOnly: false, state: input.state })),
  adminById: curatorProcedure
    .input(ZHistoryInput)
    .output(ZAdminRecord(ZPersonInput))
    .query(({ ctx, input }) => adminRecordFor(personStore, ctx.db, input.id)),
  ...recordProcedures(personStore),
  ...mergeProcedures("person"),
});
