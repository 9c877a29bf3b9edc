/** The curated seed record and its loader. */
export { seedRecord } from "./record";
export { loadSeed } from "./load-seed";
