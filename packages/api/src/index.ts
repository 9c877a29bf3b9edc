export { type AppRouter, appRouter, createCaller } from "./root";
export { type Context, createContextInner, createRequestContext, type SessionUser } from "./context";
