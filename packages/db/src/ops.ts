/** Operations tooling: servers, databases, migrations and seeding (scripts and tests, not apps). */
export * from "./databases";
export { DatabaseSetupError, embeddedDatabaseUrl, portFree, type RunningPostgres, startEmbeddedPostgres } from "./embedded-postgres";
export { type DbEnv, readDbEnv, repoRoot } from "./env";
export { migrateDeploy } from "./migrate";
export { openDatabase } from "./open-database";
export { EXPORT_FORMAT, EXPORT_VERSION, type ExportSummary, exportDatabase, RestoreError, restoreDatabase } from "./backup";
export { loadSeed, type SeedResult } from "./seed/load-seed";
