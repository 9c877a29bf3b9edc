/**
 * What a record needs before the public may read it: a citation (every published statement
 * cites the words it rests on), published sources behind those citations, and no link to a
 * record the public cannot see (a draft participant, organisation, agreement or parent event).
 * Each problem names the record in the way, so an editor can publish it along.
 */
import { type RecordKind, TiesError } from "@ties/domain";
import type { Tx } from "./records";

export interface Dependency {
  kind: RecordKind;
  id: string;
  label: string;
  state: string;
}

export interface PublicationProblem {
  message: string;
  /** The unpublished record in the way, when publishing it along would solve the problem. */
  dependency: Dependency | null;
}

/** Kinds whose statements must cite a source before they are published. */
const CITED_KINDS: RecordKind[] = ["event", "agreement", "commitment", "person"];

async function citationProblems(tx: Tx, kind: RecordKind, id: string): Promise<PublicationProblem[]> {
  if (!CITED_KINDS.includes(kind)) return [];
  const targets = [{ targetKind: kind, targetId: id }];
  if (kind === "person") {
    const positions = await tx.position.findMany({ where: { personId: id }, select: { id: true } });
    targets.push(...positions.map((p) => ({ targetKind: "position" as RecordKind, targetId: p.id })));
  }
  const citations = await tx.citation.findMany({
    where: { OR: targets },
    select: { source: { select: { id: true, title: true, state: true } } },
  });
  if (citations.length === 0) return [{ message: `This ${kind} cites no source: add a citation before publishing`, dependency: null }];
  const unpublished = new Map<string, Dependency>();
  for (const c of citations) {
    if (c.source.state !== "published")
      unpublished.set(c.source.id, { kind: "source", id: c.source.id, label: c.source.title, state: c.source.state });
  }
  // One published source is enough for the record to stand; the others stay hidden until published.
  if (unpublished.size < new Set(citations.map((c) => c.source.id)).size) return [];
  return [...unpublished.values()].map((d) => ({ message: `Its source “${d.label}” is ${d.state.replace("_", " ")}`, dependency: d }));
}

const unpublishedLink = (what: string, d: Dependency): PublicationProblem => ({
  message: `It links to ${what} “${d.label}”, which is ${d.state.replace("_", " ")}`,
  dependency: d,
});

async function linkProblems(tx: Tx, kind: RecordKind, id: string): Promise<PublicationProblem[]> {
  const out: PublicationProblem[] = [];
  const notPublished = { not: "published" };
  if (kind === "event") {
    const e = await tx.event.findUnique({
      where: { id },
      select: {
        participants: { where: { person: { state: notPublished } }, select: { person: { select: { id: true, name: true, state: true } } } },
        organizations: {
          where: { organization: { state: notPublished } },
          select: { organization: { select: { id: true, nameEn: true, state: true } } },
        },
        agreements: {
          where: { agreement: { state: notPublished } },
          select: { agreement: { select: { id: true, nameEn: true, state: true } } },
        },
        parent: { select: { id: true, titleEn: true, state: true } },
      },
    });
    for (const p of e?.participants ?? [])
      out.push(unpublishedLink("the participant", { kind: "person", id: p.person.id, label: p.person.name, state: p.person.state }));
    for (const o of e?.organizations ?? [])
      out.push(
        unpublishedLink("the organisation", {
          kind: "organization",
          id: o.organization.id,
          label: o.organization.nameEn,
          state: o.organization.state,
        }),
      );
    for (const a of e?.agreements ?? [])
      out.push(
        unpublishedLink("the agreement", { kind: "agreement", id: a.agreement.id, label: a.agreement.nameEn, state: a.agreement.state }),
      );
    if (e?.parent && e.parent.state !== "published")
      out.push(unpublishedLink("the parent event", { kind: "event", id: e.parent.id, label: e.parent.titleEn, state: e.parent.state }));
  }
  if (kind === "commitment") {
    const c = await tx.commitment.findUnique({
      where: { id },
      select: {
        event: { select: { id: true, titleEn: true, state: true } },
        agreement: { select: { id: true, nameEn: true, state: true } },
      },
    });
    if (c?.event && c.event.state !== "published")
      out.push(unpublishedLink("the event", { kind: "event", id: c.event.id, label: c.event.titleEn, state: c.event.state }));
    if (c?.agreement && c.agreement.state !== "published")
      out.push(
        unpublishedLink("the agreement", { kind: "agreement", id: c.agreement.id, label: c.agreement.nameEn, state: c.agreement.state }),
      );
  }
  if (kind === "claim") {
    const c = await tx.claim.findUnique({ where: { id }, select: { source: { select: { id: true, title: true, state: true } } } });
    if (c && c.source.state !== "published")
      out.push({
        message: `Its source “${c.source.title}” is ${c.source.state}`,
        dependency: { kind: "source", id: c.source.id, label: c.source.title, state: c.source.state },
      });
  }
  return out;
}

export async function publicationProblems(tx: Tx, kind: RecordKind, id: string): Promise<PublicationProblem[]> {
  return [...(await citationProblems(tx, kind, id)), ...(await linkProblems(tx, kind, id))];
}

/** Refuses publication (or an edit of a published record) that would break the public record's integrity. */
export async function assertPublishable(tx: Tx, kind: RecordKind, id: string): Promise<void> {
  const problems = await publicationProblems(tx, kind, id);
  if (problems.length === 0) return;
  throw new TiesError("RULE", `This ${kind} cannot be published yet: ${problems.map((p) => p.message).join("; ")}.`, {
    problems,
    dependencies: problems.flatMap((p) => (p.dependency ? [p.dependency] : [])),
  });
}
