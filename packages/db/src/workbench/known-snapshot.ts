/**
 * The records the extractor matches its suggestions against, read from the database: people with
 * their name variants and the titles of their positions, organisations, agreements with short
 * names and variants, and events near the dates a source speaks of. Archived and merged records
 * are left out, so a suggestion never merges into a record that is gone.
 */
import { addDays, type Day, type KnownSnapshot } from "@ties/domain";
import type { Db } from "../client";

const LIVE = { state: { not: "archived" }, mergedIntoId: null } as const;

/** Events within `days` of the reference day are candidates for "the same meeting". */
export async function knownSnapshot(db: Db, opts: { around: Day; days?: number }): Promise<KnownSnapshot> {
  const days = opts.days ?? 400;
  const [people, organizations, agreements, events] = await Promise.all([
    db.person.findMany({
      where: LIVE,
      select: { id: true, name: true, variants: true, countryCode: true, positions: { select: { title: true, titleVariants: true } } },
    }),
    db.organization.findMany({
      where: LIVE,
      select: { id: true, nameEn: true, name: true, shortName: true, variants: true, countryCode: true },
    }),
    db.agreement.findMany({
      where: { state: { not: "archived" } },
      select: { id: true, nameEn: true, name: true, shortName: true, variants: true, kind: true },
    }),
    db.event.findMany({
      where: {
        ...LIVE,
        dateFirst: { lte: new Date(`${addDays(opts.around, days)}T00:00:00Z`) },
        dateLast: { gte: new Date(`${addDays(opts.around, -days)}T00:00:00Z`) },
      },
      select: { id: true, date: true, type: true, titleEn: true, location: true, participants: { select: { personId: true } } },
      take: 2000,
    }),
  ]);
  const texts = (v: unknown): string[] =>
    v && typeof v === "object" ? Object.values(v as Record<string, unknown>).filter((x): x is string => typeof x === "string") : [];
  return {
    people: people.map((p) => ({
      id: p.id,
      name: p.name,
      variants: (Array.isArray(p.variants) ? p.variants : [])
        .map((v) => (v as { name?: unknown }).name)
        .filter((n): n is string => typeof n === "string"),
      titles: [...new Set(p.positions.flatMap((pos) => [...texts(pos.title), ...pos.titleVariants]))],
      countryCode: p.countryCode,
    })),
    organizations: organizations.map((o) => ({
      id: o.id,
      name: o.nameEn,
      ...(o.shortName ? { shortName: o.shortName } : {}),
      variants: [...new Set([...texts(o.name).filter((n) => n !== o.nameEn), ...o.variants])],
      countryCode: o.countryCode,
    })),
    agreements: agreements.map((a) => ({
      id: a.id,
      name: a.nameEn,
      ...(a.shortName ? { shortName: a.shortName } : {}),
      variants: [...new Set([...texts(a.name).filter((n) => n !== a.nameEn), ...a.variants])],
      kind: a.kind as KnownSnapshot["agreements"][number]["kind"],
    })),
    events: events.map((e) => {
      const loc = (e.location ?? {}) as { city?: string; countryCode?: string };
      return {
        id: e.id,
        date: e.date,
        type: e.type as KnownSnapshot["events"][number]["type"],
        title: e.titleEn,
        participantIds: e.participants.map((p) => p.personId),
        ...(loc.city ? { city: loc.city } : {}),
        ...(loc.countryCode ? { countryCode: loc.countryCode } : {}),
      };
    }),
  };
}
