export * from "./accept";
export * from "./intake";
export * from "./known-snapshot";
export * from "./suggestion-rows";
export * from "./workbench-read";
