/**
 * Suggestions as rows: an extraction flattened into one row per suggestion (kind, span, payload,
 * the record it matches), and rows read back as the views curators and clients see.
 */
import {
  type BoilerplateBlock,
  type Extraction,
  type RecordKind,
  type SuggestionKind,
  type SuggestionView,
  ZBoilerplateBlock,
  ZSuggestionView,
} from "@ties/domain";
import type { Db } from "../client";
import { json, type Tx } from "../records";

export interface SuggestionRow {
  kind: SuggestionKind;
  start: number;
  end: number;
  text: string;
  payload: unknown;
  rule: string;
  confidence: number;
  matchKind: RecordKind | null;
  matchId: string | null;
}

type Spanned = { start: number; end: number; text: string; rule: string; confidence: number };

function row(kind: SuggestionKind, s: Spanned, match: { kind: RecordKind; id: string } | null = null): SuggestionRow {
  return {
    kind,
    start: s.start,
    end: s.end,
    text: s.text,
    payload: s,
    rule: s.rule,
    confidence: s.confidence,
    matchKind: match?.kind ?? null,
    matchId: match?.id ?? null,
  };
}

const matched = (kind: RecordKind, m: { id: string } | null) => (m ? { kind, id: m.id } : null);

/** Every suggestion of an extraction, in text order. */
export function suggestionRows(x: Extraction): SuggestionRow[] {
  const rows = [
    ...x.events.map((s) => row("event", s, matched("event", s.match))),
    ...x.agreements.map((s) => row("agreement", s, matched("agreement", s.match))),
    ...x.commitments.map((s) => row("commitment", s)),
    ...x.people.map((s) => row("person", s, matched("person", s.match))),
    ...x.organizations.map((s) => row("organization", s, matched("organization", s.match))),
    ...x.places.map((s) => row("place", s)),
    ...x.dates.map((s) => row("date", s)),
    ...x.quotes.map((s) => row("quote", s, matched("person", s.speakerMatch))),
    ...x.areas.map((s) => row("area", s)),
  ];
  return rows.sort((a, b) => a.start - b.start || a.end - b.end);
}

export function boilerplateBlocks(x: Extraction): BoilerplateBlock[] {
  return x.boilerplate.filter((b) => b.removed).map((b) => ({ start: b.start, end: b.end, kind: b.kind, rule: b.rule, restored: false }));
}

export function readBoilerplate(value: unknown): BoilerplateBlock[] {
  return Array.isArray(value) ? value.map((b) => ZBoilerplateBlock.parse(b)) : [];
}

export async function insertSuggestions(tx: Tx, sourceId: string, rows: SuggestionRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.suggestion.createMany({
    data: rows.map((r) => ({
      id: `sug-${globalThis.crypto.randomUUID().replace(/-/g, "").slice(0, 16)}`,
      sourceId,
      kind: r.kind,
      start: r.start,
      end: r.end,
      text: r.text,
      payload: json(r.payload),
      rule: r.rule,
      confidence: r.confidence,
      matchKind: r.matchKind,
      matchId: r.matchId,
    })),
  });
}

type Row = Awaited<ReturnType<Db["suggestion"]["findMany"]>>[number];

const LABEL_READERS: Partial<Record<RecordKind, (db: Db | Tx, ids: string[]) => Promise<{ id: string; label: string; state: string }[]>>> =
  {
    person: async (db, ids) =>
      (await db.person.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, state: true } })).map((r) => ({
        id: r.id,
        label: r.name,
        state: r.state,
      })),
    organization: async (db, ids) =>
      (await db.organization.findMany({ where: { id: { in: ids } }, select: { id: true, nameEn: true, state: true } })).map((r) => ({
        id: r.id,
        label: r.nameEn,
        state: r.state,
      })),
    agreement: async (db, ids) =>
      (await db.agreement.findMany({ where: { id: { in: ids } }, select: { id: true, nameEn: true, state: true } })).map((r) => ({
        id: r.id,
        label: r.nameEn,
        state: r.state,
      })),
    event: async (db, ids) =>
      (await db.event.findMany({ where: { id: { in: ids } }, select: { id: true, titleEn: true, date: true, state: true } })).map((r) => ({
        id: r.id,
        label: `${r.titleEn} (${r.date})`,
        state: r.state,
      })),
  };

/** Rows as views, with a label for each matched record. */
export async function suggestionViews(db: Db | Tx, rows: Row[]): Promise<SuggestionView[]> {
  const byKind = new Map<RecordKind, Set<string>>();
  for (const r of rows)
    if (r.matchKind && r.matchId)
      byKind.set(r.matchKind as RecordKind, (byKind.get(r.matchKind as RecordKind) ?? new Set()).add(r.matchId));
  const labels = new Map<string, { label: string; state: string }>();
  for (const [kind, ids] of byKind) {
    for (const l of (await LABEL_READERS[kind]?.(db, [...ids])) ?? []) labels.set(`${kind}:${l.id}`, l);
  }
  return rows.map((r) => {
    const m = r.matchKind && r.matchId ? labels.get(`${r.matchKind}:${r.matchId}`) : undefined;
    return ZSuggestionView.parse({
      id: r.id,
      sourceId: r.sourceId,
      kind: r.kind,
      start: r.start,
      end: r.end,
      text: r.text,
      payload: r.payload,
      rule: r.rule,
      confidence: r.confidence,
      match: m && r.matchKind && r.matchId ? { kind: r.matchKind, id: r.matchId, label: m.label, state: m.state } : null,
      status: r.status,
      record: r.recordKind && r.recordId ? { kind: r.recordKind, id: r.recordId } : null,
      decidedBy: r.decidedBy,
      decidedAt: r.decidedAt?.toISOString() ?? null,
      reason: r.reason,
    });
  });
}

export async function listSuggestions(db: Db | Tx, input: { sourceId: string; status?: string; kind?: string }): Promise<SuggestionView[]> {
  const rows = await db.suggestion.findMany({
    where: { sourceId: input.sourceId, ...(input.status ? { status: input.status } : {}), ...(input.kind ? { kind: input.kind } : {}) },
    orderBy: [{ start: "asc" }, { end: "asc" }, { id: "asc" }],
  });
  return suggestionViews(db, rows);
}
