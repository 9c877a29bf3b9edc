/** The whole API: one router per record kind (public reads and curation), search, stats and user management. */
import { agreementRouter } from "./routers/agreement";
import { areaRouter } from "./routers/area";
import { auditRouter } from "./routers/audit";
import { citationRouter } from "./routers/citation";
import { claimRouter } from "./routers/claim";
import { commitmentRouter } from "./routers/commitment";
import { dashboardRouter } from "./routers/dashboard";
import { eventRouter } from "./routers/event";
import { importRunRouter } from "./routers/import-run";
import { organizationRouter } from "./routers/organization";
import { personRouter } from "./routers/person";
import { positionRouter } from "./routers/position";
import { reviewRouter } from "./routers/review";
import { searchRouter } from "./routers/search";
import { sourceRouter } from "./routers/source";
import { statsRouter } from "./routers/stats";
import { suggestionRouter } from "./routers/suggestion";
import { userRouter } from "./routers/user";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  event: eventRouter,
  agreement: agreementRouter,
  commitment: commitmentRouter,
  person: personRouter,
  organization: organizationRouter,
  area: areaRouter,
  source: sourceRouter,
  suggestion: suggestionRouter,
  claim: claimRouter,
  search: searchRouter,
  stats: statsRouter,
  position: positionRouter,
  citation: citationRouter,
  user: userRouter,
  review: reviewRouter,
  audit: auditRouter,
  dashboard: dashboardRouter,
  importRun: importRunRouter,
});
export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
