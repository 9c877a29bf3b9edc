export * from "./cursor";
export * from "./events";
