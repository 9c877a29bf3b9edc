/** Events: public reads; curation procedures (signed in, role-checked). */
import { eventFilterOptions, eventStore, getEvent, listEvents, recentlyPublishedEvents } from "@ties/db";
import {
  ZAdminListState,
  ZAdminRecord,
  ZByIdInput,
  ZBySlugInput,
  ZEventDetail,
  ZEventFilterOptions,
  ZEventInput,
  ZEventListInput,
  ZEventSummary,
  ZHistoryInput,
  ZRecentEvent,
  ZRecentEventsInput,
  expandSpellingVariants,
  page,
} from "@ties/domain";
import { z } from "zod";
import { requireFound } from "../require-found";
import { curatorProcedure, publicProcedure, router } from "../trpc";
import { mergeProcedures } from "./merge-procedures";
import { adminRecordFor, recordProcedures } from "./curation-procedures";

export const eventRouter = router({
  list: publicProcedure
    .input(ZEventListInput)
    .output(page(ZEventSummary))
    .query(({ ctx, input }) =>
      listEvents(ctx.db, input.q ? { ...input, q: expandSpellingVariants(input.q) } : input, { publicOnly: true, pairs: ctx.pairs }),
    ),
  /**
   * The timeline's menus: values that published events have, with counts, in one query over the
   * counts the database keeps. A change is shown once the new counts have loaded, not by making a
   * reader wait.
   */
  filterOptions: publicProcedure
    .meta({ staleWhileLoading: true })
    .input(z.void())
    .output(ZEventFilterOptions)
    .query(({ ctx }) => eventFilterOptions(ctx.db, { pairs: ctx.pairs })),
  recent: publicProcedure
    .input(ZRecentEventsInput)
    .output(z.array(ZRecentEvent))
    .query(({ ctx, input }) => recentlyPublishedEvents(ctx.db, input.limit, { pairs: ctx.pairs })),
  byId: publicProcedure
    .input(ZByIdInput)
    .output(ZEventDetail)
    .query(async ({ ctx, input }) =>
      requireFound(await getEvent(ctx.db, input.id, { publicOnly: true, pairs: ctx.pairs }), "published event", input.id),
    ),
  bySlug: publicProcedure
    .input(ZBySlugInput)
    .output(ZEventDetail)
    .query(async ({ ctx, input }) =>
      requireFound(await getEvent(ctx.db, input.slug, { publicOnly: true, pairs: ctx.pairs }), "published event", input.slug),
    ),
  // Curation: curators draft and submit, editors publish and restore.
  adminList: curatorProcedure
    .input(ZEventListInput.extend(ZAdminListState.shape))
    .output(page(ZEventSummary))
    .query(({ ctx, input }) => listEvents(ctx.db, input, { publicOnly: false, state: input.state })),
  adminById: curatorProcedure
    .input(ZHistoryInput)
    .output(ZAdminRecord(ZEventInput))
    .query(({ ctx, input }) => adminRecordFor(eventStore, ctx.db, input.id)),
  ...recordProcedures(eventStore),
  ...mergeProcedures("event"),
});
