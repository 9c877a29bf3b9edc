/**
 * Reads that can tolerate replication lag (the public site and its read API) may go to read
 * replicas: `DATABASE_REPLICA_URLS` lists them, comma-separated. Each call takes the next replica
 * in turn; with none listed, reads go to the primary. Writes, curation and anything in a
 * transaction always use the primary's client.
 */
import type { Db } from "./client";
import { processClient } from "./process-client";

let turn = 0;

/** The client for one read: the next replica in turn, or the primary when there is none. */
export function readClient(primaryUrl: string, replicaUrls: readonly string[] = []): Db {
  if (replicaUrls.length === 0) return processClient(primaryUrl);
  turn = (turn + 1) % replicaUrls.length;
  return processClient(replicaUrls[turn]!, primaryUrl);
}
