/**
 * Who may change what. Curators write drafts and submit them for review; what the public sees
 * (published records) and what is retired (archived) changes only by an editor's hand, or a
 * curator's edit would go live unreviewed.
 */
import type { Actor, Db, RecordStore } from "@ties/db";
import { roleAtLeast, TiesError } from "@ties/domain";
import type { SessionUser } from "./context";

export function actorOf(user: SessionUser): Actor {
  return { id: user.id, name: user.name };
}

export async function assertMayEdit(db: Db, user: SessionUser, store: RecordStore, id: string): Promise<void> {
  if (!store.hasState || roleAtLeast(user.role, "editor")) return;
  const current = await store.read(db, id);
  if (current && (current.state === "published" || current.state === "archived")) {
    throw new TiesError(
      "FORBIDDEN",
      `This ${store.kind} is ${current.state}: an editor changes it (curators edit drafts and records in review)`,
    );
  }
}
