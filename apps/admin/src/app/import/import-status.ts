/** How an import run's status reads, for the list and the run's page. */
import type { ImportRunView } from "@ties/domain";

const LABEL: Record<ImportRunView["status"], string> = {
  checking: "Checking the file",
  running: "Writing records",
  completed: "Completed",
  refused: "Refused: nothing was written",
  failed: "Failed",
  resumed: "Interrupted, then resumed by a later run",
};

/** A run still marked as going on that no server process is running was interrupted (a restart). */
export function statusLabel(r: Pick<ImportRunView, "status" | "active">): string {
  if ((r.status === "running" || r.status === "checking") && !r.active) return "Interrupted: import the same file again to resume";
  return LABEL[r.status];
}

export const isGoingOn = (r: Pick<ImportRunView, "status" | "active">) => (r.status === "running" || r.status === "checking") && r.active;
