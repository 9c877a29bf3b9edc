/**
 * Resolves references to records of any kind (citation targets, claim subjects) to a slug and
 * a label, keeping only the ones the reader may see.
 */
import type { RecordKind, RecordRef } from "@ties/domain";
import type { Db } from "../client";

export interface RefKey {
  kind: string;
  id: string;
}

const enText = (v: unknown): string => (typeof v === "object" && v !== null && "en" in v && typeof v.en === "string" ? v.en : "");

/** Resolves references; the map holds `${kind}:${id}` for every visible one. */
export async function resolveRefs(db: Db, refs: readonly RefKey[], opts: { publicOnly: boolean }): Promise<Map<string, RecordRef>> {
  const byKind = new Map<string, string[]>();
  for (const r of refs) byKind.set(r.kind, [...(byKind.get(r.kind) ?? []), r.id]);
  const out = new Map<string, RecordRef>();
  const state = opts.publicOnly ? { state: "published" } : {};
  const put = (kind: RecordKind, id: string, slug: string | null, label: string) => out.set(`${kind}:${id}`, { kind, id, slug, label });
  for (const [kind, ids] of byKind) {
    const where = { id: { in: [...new Set(ids)] }, ...state };
    switch (kind) {
      case "event":
        for (const r of await db.event.findMany({ where, select: { id: true, slug: true, titleEn: true } }))
          put(kind, r.id, r.slug, r.titleEn);
        break;
      case "agreement":
        for (const r of await db.agreement.findMany({ where, select: { id: true, slug: true, nameEn: true, shortName: true } }))
          put(kind, r.id, r.slug, r.shortName ? `${r.nameEn} (${r.shortName})` : r.nameEn);
        break;
      case "commitment":
        for (const r of await db.commitment.findMany({ where, select: { id: true, slug: true, textEn: true } }))
          put(kind, r.id, r.slug, r.textEn);
        break;
      case "person":
        for (const r of await db.person.findMany({ where, select: { id: true, slug: true, name: true } })) put(kind, r.id, r.slug, r.name);
        break;
      case "organization":
        for (const r of await db.organization.findMany({ where, select: { id: true, slug: true, nameEn: true } }))
          put(kind, r.id, r.slug, r.nameEn);
        break;
      case "area":
        for (const r of await db.area.findMany({ where, select: { id: true, slug: true, name: true } }))
          put(kind, r.id, r.slug, enText(r.name));
        break;
      case "source":
        for (const r of await db.source.findMany({ where, select: { id: true, slug: true, title: true } }))
          put(kind, r.id, r.slug, r.title);
        break;
      case "claim":
        for (const r of await db.claim.findMany({ where, select: { id: true, slug: true, statement: true } }))
          put(kind, r.id, r.slug, r.statement);
        break;
      case "position": {
        // A position is visible when its person is.
        const rows = await db.position.findMany({
          where: { id: { in: ids }, ...(opts.publicOnly ? { person: { state: "published" } } : {}) },
          select: { id: true, title: true, person: { select: { name: true } } },
        });
        for (const r of rows) put(kind, r.id, null, `${r.person.name}, ${enText(r.title)}`);
        break;
      }
      case "country":
        for (const r of await db.country.findMany({ where: { code: { in: ids } }, select: { code: true, name: true } }))
          put(kind, r.code, null, enText(r.name));
        break;
      default:
        break;
    }
  }
  return out;
}
