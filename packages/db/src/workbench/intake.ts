/**
 * A source taken in with its suggestions, in one transaction: the source as a draft with its
 * full text and the boilerplate stretches the extractor found, its publisher (a known
 * organisation, or a new draft one), and every suggestion at its span. Re-extracting replaces
 * the pending suggestions and keeps every decision curators already made.
 */
import {
  type BoilerplateBlock,
  type Extraction,
  periodStart,
  type SourceIntakeInput,
  type SuggestionView,
  TiesError,
  type ZSourceIntakeInput,
} from "@ties/domain";
import type { z } from "zod";
import type { Db } from "../client";
import { type Actor, createRecord, inTransaction } from "../curation";
import { json, organizationStore, sourceStore, type Tx } from "../records";
import { boilerplateBlocks, insertSuggestions, listSuggestions, readBoilerplate, suggestionRows } from "./suggestion-rows";
import { uniqueSlug } from "./unique-slug";

type Intake = z.output<typeof ZSourceIntakeInput>;

/** The publisher named by id, or by a name matched to a known organisation, or created as a draft organisation. */
export async function resolvePublisher(db: Db, tx: Tx, publisher: string, actor: Actor): Promise<{ id: string; name: string }> {
  const byId = await tx.organization.findUnique({ where: { id: publisher }, select: { id: true, nameEn: true, mergedIntoId: true } });
  if (byId) {
    if (byId.mergedIntoId) return resolvePublisher(db, tx, byId.mergedIntoId, actor);
    return { id: byId.id, name: byId.nameEn };
  }
  const byName = await tx.organization.findFirst({
    where: {
      mergedIntoId: null,
      OR: [
        { nameEn: { equals: publisher, mode: "insensitive" } },
        { shortName: { equals: publisher, mode: "insensitive" } },
        { variants: { has: publisher } },
      ],
    },
    orderBy: { createdAt: "asc" },
    select: { id: true, nameEn: true },
  });
  if (byName) return { id: byName.id, name: byName.nameEn };
  const slug = await uniqueSlug(tx, organizationStore, publisher);
  const created = await createRecord(
    db,
    "organization",
    { slug, name: { en: publisher }, kind: "other" },
    { actor, reason: "Publisher of a source taken in", tx },
  );
  return { id: created.id, name: publisher };
}

export interface IntakeOutcome {
  source: { id: string; slug: string; version: number; state: string };
  suggestions: SuggestionView[];
}

/** Writes the source (a draft), its boilerplate and its suggestions; nothing is written if any part fails. */
export async function intakeSource(db: Db, input: Intake, text: string, extraction: Extraction, actor: Actor): Promise<IntakeOutcome> {
  return inTransaction(db, async (tx) => {
    const publisher = await resolvePublisher(db, tx, input.publisher, actor);
    const slug = await uniqueSlug(tx, sourceStore, `${input.publishedAt} ${input.title}`);
    const written = await createRecord(
      db,
      "source",
      {
        slug,
        kind: input.kind,
        title: input.title,
        publisherId: publisher.id,
        publisherName: publisher.name,
        url: input.url ?? null,
        publishedAt: input.publishedAt,
        publishedBasis: input.publishedBasis,
        accessedAt: null,
        language: input.language,
        text,
        dateOrder: input.dateOrder,
      },
      { actor, reason: "Taken in from pasted or uploaded text", tx },
    );
    await tx.source.update({
      where: { id: written.id },
      data: { boilerplate: json(boilerplateBlocks(extraction)), pair: [...extraction.pair] },
    });
    await insertSuggestions(tx, written.id, suggestionRows(extraction));
    return {
      source: { id: written.id, slug, version: written.version, state: written.state },
      suggestions: await listSuggestions(tx, { sourceId: written.id }),
    };
  });
}

/** What re-extraction needs to know of a stored source. */
export async function sourceForExtraction(db: Db, id: string) {
  const s = await db.source.findUnique({
    where: { id },
    select: {
      id: true,
      text: true,
      language: true,
      publishedAt: true,
      publisherName: true,
      dateOrder: true,
      boilerplate: true,
      state: true,
      pair: true,
    },
  });
  if (!s) throw new TiesError("NOT_FOUND", `No source with id ${id}`);
  return {
    ...s,
    published: s.publishedAt ? periodStart(s.publishedAt) : null,
    boilerplate: readBoilerplate(s.boilerplate),
  };
}

const sameSpan = (a: { kind: string; start: number; end: number }, b: { kind: string; start: number; end: number }) =>
  a.kind === b.kind && a.start === b.start && a.end === b.end;

/**
 * Replaces a source's pending suggestions with a new extraction's. Decided suggestions stay as
 * they are, and a new suggestion at the span of a decided one of the same kind is not offered again.
 */
export async function replaceSuggestions(db: Db, sourceId: string, extraction: Extraction): Promise<SuggestionView[]> {
  return inTransaction(db, async (tx) => {
    await tx.$queryRawUnsafe(`SELECT id FROM "Source" WHERE id = $1 FOR UPDATE`, sourceId);
    const decided = await tx.suggestion.findMany({
      where: { sourceId, status: { not: "pending" } },
      select: { kind: true, start: true, end: true },
    });
    await tx.suggestion.deleteMany({ where: { sourceId, status: "pending" } });
    const fresh = suggestionRows(extraction).filter((r) => !decided.some((d) => sameSpan(d, r)));
    await insertSuggestions(tx, sourceId, fresh);
    const before = await tx.source.findUnique({ where: { id: sourceId }, select: { boilerplate: true } });
    const blocks = mergeBoilerplate(readBoilerplate(before?.boilerplate), boilerplateBlocks(extraction));
    await tx.source.update({ where: { id: sourceId }, data: { boilerplate: json(blocks) } });
    return listSuggestions(tx, { sourceId });
  });
}

/** The new extraction's boilerplate, keeping every stretch a curator restored restored. */
export function mergeBoilerplate(before: BoilerplateBlock[], found: BoilerplateBlock[]): BoilerplateBlock[] {
  const restored = before.filter((b) => b.restored);
  const overlaps = (a: BoilerplateBlock, b: BoilerplateBlock) => a.start < b.end && b.start < a.end;
  const kept = found.filter((f) => !restored.some((r) => overlaps(r, f)));
  return [...kept, ...restored].sort((a, b) => a.start - b.start);
}

/** Marks one boilerplate stretch restored (or struck again); the text itself never changes. */
export async function setBoilerplateRestored(db: Db, sourceId: string, start: number, restored: boolean) {
  return inTransaction(db, async (tx) => {
    await tx.$queryRawUnsafe(`SELECT id FROM "Source" WHERE id = $1 FOR UPDATE`, sourceId);
    const s = await tx.source.findUnique({ where: { id: sourceId }, select: { boilerplate: true } });
    if (!s) throw new TiesError("NOT_FOUND", `No source with id ${sourceId}`);
    const blocks = readBoilerplate(s.boilerplate);
    const block = blocks.find((b) => b.start === start);
    if (!block) throw new TiesError("NOT_FOUND", `No boilerplate stretch starts at ${start} in this source`);
    block.restored = restored;
    await tx.source.update({ where: { id: sourceId }, data: { boilerplate: json(blocks) } });
    return blocks;
  });
}

export type { SourceIntakeInput };
