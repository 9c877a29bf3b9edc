/** Runtime database access for the API and apps: the client factory, the write path, queries. */
export {
  connectionConfig,
  connectionUrlOf,
  createPrismaClient,
  type Db,
  holdsConnection,
  PLANNED_ONCE,
  pingDatabase,
} from "./client";
export { processClient, processRecordChanges } from "./process-client";
export { isRunning, processFolder } from "./process-folder";
export { ZReplicaUrls } from "./env";
export { readClient } from "./read-replicas";
export {
  attachRecordCache,
  cacheUntilChange,
  listenForRecordChanges,
  parseRecordChange,
  recordCacheFor,
  type RecordChange,
  type RecordChanges,
} from "./record-changes";
export * from "./curation";
export * from "./records";
export * from "./bulk-write";
export * from "./queries";
export { type SeedRecord, type SeedRecordInput, ZSeedRecord } from "./seed/seed-record";
export { Prisma } from "./generated/prisma/client";
export * from "./merge";
export * from "./workbench";
export * from "./publication-rules";
export * from "./review-preview";
export * from "./citation-admin";
