/**
 * Who may change what. Curators write drafts and submit them for review; what the public sees
 * (published records) and what is retired (archived) changes only by an editor's hand, or a
 * curator's edit would go live unreviewed. Sub-records without a state of their own (positions,
 * citations) take it from the record they belong to: a position from its person, a citation from
 * the record it supports. A source's grade and a claim's verdict are editors' judgements: a curator's
 * draft keeps them as they were, whatever procedure carries the write.
 */
import { type Actor, type Db, type RecordStore, STORES, storeFor } from "@ties/db";
import { changedJudgements, type PublicationState, roleAtLeast, TiesError, ZCitationInput, ZPositionInput } from "@ties/domain";
import type { SessionUser } from "./context";

export function actorOf(user: SessionUser): Actor {
  return { id: user.id, name: user.name };
}

const LOCKED: PublicationState[] = ["published", "archived"];

/** The records whose state decides whether a curator may write this content. */
function parentsOf(store: RecordStore, data: unknown): { store: RecordStore; id: string }[] {
  if (store.kind === "position") {
    const p = ZPositionInput.safeParse(data);
    return p.success ? [{ store: STORES.person, id: p.data.personId }] : [];
  }
  if (store.kind === "citation") {
    const c = ZCitationInput.safeParse(data);
    const target = c.success ? storeFor(c.data.target.kind) : null;
    return c.success && target ? [{ store: target, id: c.data.target.id }] : [];
  }
  return [];
}

async function assertParentsEditable(db: Db, store: RecordStore, parents: { store: RecordStore; id: string }[]) {
  for (const parent of parents) {
    if (!parent.store.hasState) continue;
    const current = await parent.store.read(db, parent.id);
    if (current && LOCKED.includes(current.state)) {
      throw new TiesError(
        "FORBIDDEN",
        `This ${store.kind} belongs to a ${parent.store.kind} that is ${current.state}: an editor changes it (curators edit drafts and records in review)`,
      );
    }
  }
}

function assertNoJudgements(store: RecordStore, before: unknown, data: unknown) {
  const fields = changedJudgements(store.kind, before, data);
  if (fields.length === 0) return;
  throw new TiesError(
    "FORBIDDEN",
    `Only an editor sets a ${store.kind === "source" ? "source's grade" : "claim's verdict"} (${fields.join(", ")})`,
    { fields: Object.fromEntries(fields.map((f) => [`data.${f}`, ["Only an editor changes this"]])) },
  );
}

/**
 * Before a create: a curator may not add a position or citation to a published or archived
 * record, nor give a new source a grade or a new claim a verdict.
 */
export async function assertMayCreate(db: Db, user: SessionUser, store: RecordStore, data: unknown): Promise<void> {
  if (roleAtLeast(user.role, "editor")) return;
  assertNoJudgements(store, null, data);
  await assertParentsEditable(db, store, parentsOf(store, data));
}

/** Before an update: the record as it is, and the record it would belong to after the change. */
export async function assertMayEdit(db: Db, user: SessionUser, store: RecordStore, id: string, data?: unknown): Promise<void> {
  if (roleAtLeast(user.role, "editor")) return;
  const current = await store.read(db, id);
  if (store.hasState) {
    if (current && LOCKED.includes(current.state)) {
      throw new TiesError(
        "FORBIDDEN",
        `This ${store.kind} is ${current.state}: an editor changes it (curators edit drafts and records in review)`,
      );
    }
    if (data !== undefined) assertNoJudgements(store, current?.input ?? null, data);
    return;
  }
  await assertParentsEditable(db, store, [...(current ? parentsOf(store, current.input) : []), ...parentsOf(store, data)]);
}
