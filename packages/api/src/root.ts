/** The whole API: one router per record kind. */
import { eventRouter } from "./routers/event";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  event: eventRouter,
});
export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
