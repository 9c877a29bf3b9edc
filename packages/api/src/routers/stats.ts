/** Activity counts over the published record of the tracked pairs, for charts and the home page. */
import { activityStats, recordTotals } from "@ties/db";
import { ZActivityStats, ZRecordTotals, ZStatsInput } from "@ties/domain";
import { z } from "zod";
import { publicProcedure, router } from "../trpc";

export const statsRouter = router({
  activity: publicProcedure
    .input(ZStatsInput)
    .output(ZActivityStats)
    .query(({ ctx, input }) => activityStats(ctx.db, input, { pairs: ctx.pairs })),
  totals: publicProcedure
    .input(z.void())
    .output(ZRecordTotals)
    .query(({ ctx }) => recordTotals(ctx.db, { pairs: ctx.pairs })),
});
