/** Server-only entry: auth and start-up helpers for apps and scripts. */
export * from "./auth";
export * from "./env";
export * from "./auth-http";
