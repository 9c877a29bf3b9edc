/** Cooperation areas: public reads; curation procedures (signed in, role-checked). */
import { areaStore, getArea, listAreas } from "@ties/db";
import {
  ZAdminListState,
  ZAdminRecord,
  ZArea,
  ZAreaDetail,
  ZAreaListInput,
  ZAreaSummary,
  ZByIdInput,
  ZBySlugInput,
  ZHistoryInput,
  page,
} from "@ties/domain";
import { requireFound } from "../require-found";
import { curatorProcedure, publicProcedure, router } from "../trpc";
import { adminRecordFor, recordProcedures } from "./curation-procedures";

export const areaRouter = router({
  list: publicProcedure
    .input(ZAreaListInput)
    .output(page(ZAreaSummary))
    .query(({ ctx, input }) => listAreas(ctx.db, input, { publicOnly: true })),
  byId: publicProcedure
    .input(ZByIdInput)
    .output(ZAreaDetail)
    .query(async ({ ctx, input }) =>
      requireFound(await getArea(ctx.db, input.id, { publicOnly: true, pairs: ctx.pairs }), "published area", input.id),
    ),
  bySlug: publicProcedure
    .input(ZBySlugInput)
    .output(ZAreaDetail)
    .query(async ({ ctx, input }) =>
      requireFound(await getArea(ctx.db, input.slug, { publicOnly: true, pairs: ctx.pairs }), "published area", input.slug),
    ),
  // Curation: curators draft and submit, editors publish and restore.
  adminList: curatorProcedure
    .input(ZAreaListInput.extend(ZAdminListState.shape))
    .output(page(ZAreaSummary))
    .query(({ ctx, input }) => listAreas(ctx.db, input, { publicOnly: false, state: input.state })),
  adminById: curatorProcedure
    .input(ZHistoryInput)
    .output(ZAdminRecord(ZArea))
    .query(({ ctx, input }) => adminRecordFor(areaStore, ctx.db, input.id)),
  ...recordProcedures(areaStore),
});
