/** The signed-in curator's dashboard: their drafts, what was sent back to them, the queue, the latest sources and activity. */
import { curatorDashboard } from "@ties/db";
import { ZDashboard, ZDashboardInput } from "@ties/domain";
import { curatorProcedure, router } from "../trpc";

export const dashboardRouter = router({
  mine: curatorProcedure
    .input(ZDashboardInput)
    .output(ZDashboard)
    .query(({ ctx, input }) => curatorDashboard(ctx.db, ctx.user.id, input.limit)),
});
