/** Runs one import in its own process, so a test can kill it with SIGKILL halfway. */
import { createPrismaClient } from "@ties/db";
import { runImport } from "../src/run-import";

const [url, path, batch] = process.argv.slice(2);
const db = createPrismaClient(url!, { max: 2 });
await runImport(db, path!, { batchSize: Number(batch ?? 50), publish: true });
await db.$disconnect();
