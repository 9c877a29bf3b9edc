/**
 * The curated seed record holds together: it parses, its quotes are where it says they are, every
 * reference resolves, every published statement is cited, nothing rests on boilerplate, and the
 * two reports of the 7 March 2025 Ottawa meeting stay one event.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { AREA_TAXONOMY, checkMilestones, computeCommitmentStatus, holdersOn, quoteMatches, ZCommitmentInput } from "@ties/domain";
import { describe, expect, it } from "vitest";
import { seedRecord } from "./record";
import { type SeedRecord, ZSeedRecord } from "./seed-record";

// <repo>/packages/db/src/seed -> <repo>/../shared/seeds
const SEEDS_DIR = fileURLToPath(new URL("../../../../../shared/seeds/", import.meta.url));
const haveSeeds = existsSync(SEEDS_DIR);

const record: SeedRecord = ZSeedRecord.parse(seedRecord);

function seedText(sourceId: string): string | null {
  const file = record.sources.find((s) => s.id === sourceId)?.file;
  if (!file || !haveSeeds) return null;
  return readFileSync(`${SEEDS_DIR}/${file}`, "utf8");
}

const quoted = [
  ...record.citations.map((c) => ({ id: c.id, sourceId: c.sourceId, quote: c.quote, start: c.start, end: c.end })),
  ...record.claims
    .filter((c) => c.quote !== undefined)
    .map((c) => ({ id: c.id, sourceId: c.sourceId, quote: c.quote!, start: c.start, end: c.end })),
];

describe("seed record: schema", () => {
  it("parses with ZSeedRecord", () => {
    expect(ZSeedRecord.safeParse(seedRecord).success).toBe(true);
  });

  it("keeps quotes short and gives every claim quote its offsets", () => {
    for (const q of quoted) {
      expect(q.quote.length, q.id).toBeLessThanOrEqual(200);
      expect(typeof q.start, q.id).toBe("number");
      expect(typeof q.end, q.id).toBe("number");
      expect(q.end! - q.start!, q.id).toBe(q.quote.length);
    }
  });
});

describe.skipIf(!haveSeeds)("seed record: quotes against the seed texts", () => {
  it("finds every citation and claim quote at its offsets", () => {
    for (const q of quoted) {
      const text = seedText(q.sourceId);
      expect(text, `${q.id}: source ${q.sourceId} has no seed file`).not.toBeNull();
      expect(quoteMatches(text!, { quote: q.quote, start: q.start!, end: q.end! }), `${q.id}: "${q.quote}"`).toBe(true);
    }
  });

  it("cites nothing from the boilerplate around the articles", () => {
    const boundaries: Record<string, string> = {
      "src-korea-herald-2025-03-08": "Related Articles", // the aggregator's sidebar (Ukraine, Cuba, UK-Korea FTA)
      "src-ankasam-2024-canada-korea-partnership": "Zeynep Çağla ERİN", // author bio
    };
    for (const [sourceId, marker] of Object.entries(boundaries)) {
      const text = seedText(sourceId)!;
      const limit = text.indexOf(marker);
      expect(limit, marker).toBeGreaterThan(0);
      for (const q of quoted.filter((x) => x.sourceId === sourceId)) {
        expect(q.end!, `${q.id} reaches into boilerplate`).toBeLessThanOrEqual(limit);
      }
    }
  });
});

describe("seed record: referential integrity", () => {
  const byKind = {
    country: new Set(record.countries.map((c) => c.code)),
    organization: new Set(record.organizations.map((o) => o.id)),
    person: new Set(record.people.map((p) => p.id)),
    position: new Set(record.positions.map((p) => p.id)),
    event: new Set(record.events.map((e) => e.id)),
    agreement: new Set(record.agreements.map((a) => a.id)),
    commitment: new Set(record.commitments.map((c) => c.id)),
    source: new Set(record.sources.map((s) => s.id)),
    citation: new Set(record.citations.map((c) => c.id)),
    claim: new Set(record.claims.map((c) => c.id)),
    area: new Set(AREA_TAXONOMY.map((a) => a.slug)),
  } as const;
  const has = (kind: keyof typeof byKind, id: string | null | undefined) => id != null && byKind[kind].has(id);

  it("has no duplicate ids or slugs", () => {
    const ids = [
      ...record.organizations,
      ...record.people,
      ...record.positions,
      ...record.events,
      ...record.agreements,
      ...record.commitments,
      ...record.sources,
      ...record.citations,
      ...record.claims,
    ].map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const codes = record.countries.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const list of [
      record.organizations,
      record.people,
      record.events,
      record.agreements,
      record.commitments,
      record.sources,
      record.claims,
    ]) {
      const slugs = list.map((r) => r.slug);
      expect(slugs.filter((s, i) => slugs.indexOf(s) !== i)).toEqual([]);
    }
  });

  it("names the pair and North Korea, and no unrelated country", () => {
    expect([...byKind.country].sort()).toEqual(["CA", "KP", "KR"]);
  });

  it("resolves every reference", () => {
    const missing: string[] = [];
    const need = (ok: boolean, what: string): void => {
      if (!ok) missing.push(what);
    };
    for (const o of record.organizations) if (o.parentId) need(has("organization", o.parentId), `${o.id}.parentId`);
    for (const p of record.positions) {
      need(has("person", p.personId), `${p.id}.personId`);
      need(has("organization", p.organizationId), `${p.id}.organizationId`);
    }
    for (const a of record.agreements) {
      for (const c of a.parties) need(has("country", c), `${a.id}.parties ${c}`);
      for (const s of a.areaSlugs) need(has("area", s), `${a.id}.areaSlugs ${s}`);
      a.milestones.forEach((m, i) => {
        if (m.eventId) need(has("event", m.eventId), `${a.id}.milestones.${i}.eventId`);
        if (m.party) need(has("country", m.party), `${a.id}.milestones.${i}.party`);
      });
    }
    for (const e of record.events) {
      for (const p of e.participants) {
        need(has("person", p.personId), `${e.id} participant ${p.personId}`);
        need(has("country", p.side), `${e.id} side ${p.side}`);
        if (p.positionId) {
          const pos = record.positions.find((x) => x.id === p.positionId);
          need(pos?.personId === p.personId, `${e.id} position ${p.positionId} belongs to ${p.personId}`);
        }
      }
      for (const o of e.organizationIds) need(has("organization", o), `${e.id}.organizationIds ${o}`);
      for (const s of e.areaSlugs) need(has("area", s), `${e.id}.areaSlugs ${s}`);
      for (const l of e.agreementLinks) need(has("agreement", l.agreementId), `${e.id}.agreementLinks ${l.agreementId}`);
      if (e.parentEventId) need(has("event", e.parentEventId), `${e.id}.parentEventId`);
      if (e.location.countryCode) need(has("country", e.location.countryCode), `${e.id}.location`);
    }
    for (const c of record.commitments) {
      if (c.eventId) need(has("event", c.eventId), `${c.id}.eventId`);
      if (c.agreementId) need(has("agreement", c.agreementId), `${c.id}.agreementId`);
      for (const p of c.parties) need(has("country", p), `${c.id}.parties ${p}`);
      for (const s of c.areaSlugs) need(has("area", s), `${c.id}.areaSlugs ${s}`);
      for (const ev of c.evidence) {
        if (ev.eventId) need(has("event", ev.eventId), `${c.id} evidence event`);
        if (ev.sourceId) need(has("source", ev.sourceId), `${c.id} evidence source`);
      }
    }
    for (const s of record.sources) if (s.publisherId) need(has("organization", s.publisherId), `${s.id}.publisherId`);
    const targetExists = (t: { kind: string; id: string; field: string | null }) => {
      if (!(t.kind in byKind) || !has(t.kind as keyof typeof byKind, t.id)) return false;
      const m = t.field ? /^milestones\.(\d+)$/.exec(t.field) : null;
      if (!m) return true;
      return record.agreements.find((a) => a.id === t.id)!.milestones[Number(m[1])] !== undefined;
    };
    for (const c of record.citations) {
      need(has("source", c.sourceId), `${c.id}.sourceId`);
      need(targetExists(c.target), `${c.id}.target ${c.target.kind}:${c.target.id}:${c.target.field}`);
    }
    for (const c of record.claims) {
      need(has("source", c.sourceId), `${c.id}.sourceId`);
      if (c.subject) need(targetExists(c.subject), `${c.id}.subject`);
      for (const s of [...c.supportingSourceIds, ...c.opposingSourceIds]) need(has("source", s), `${c.id} source ${s}`);
    }
    expect(missing).toEqual([]);
  });

  it("gives a quote wherever a claim's source text is held", () => {
    for (const c of record.claims) {
      const held = record.sources.find((s) => s.id === c.sourceId)?.file !== undefined;
      expect(c.quote !== undefined, c.id).toBe(held);
    }
  });
});

describe("seed record: every published statement is sourced", () => {
  const citedTargets = new Set(record.citations.map((c) => `${c.target.kind}:${c.target.id}`));
  const citedFields = new Set(record.citations.map((c) => `${c.target.kind}:${c.target.id}:${c.target.field}`));

  it.each([
    ["event", record.events],
    ["agreement", record.agreements],
    ["commitment", record.commitments],
    ["position", record.positions],
  ] as const)("cites every %s", (kind, list) => {
    const uncited = list.filter((r) => !citedTargets.has(`${kind}:${r.id}`)).map((r) => r.id);
    expect(uncited).toEqual([]);
  });

  it("cites every milestone, or supports it by a claim from an official or news source whose text is not held", () => {
    const externalIds = new Set(record.sources.filter((s) => s.file === undefined).map((s) => s.id));
    const supportedByClaim = new Set(
      record.claims
        .filter((c) => c.verdict === "supported" && c.rank === "preferred" && externalIds.has(c.sourceId) && c.subject)
        .map((c) => `${c.subject!.kind}:${c.subject!.id}:${c.subject!.field}`),
    );
    const unsourced: string[] = [];
    for (const a of record.agreements) {
      a.milestones.forEach((_, i) => {
        const key = `agreement:${a.id}:milestones.${i}`;
        if (!citedFields.has(key) && !supportedByClaim.has(key)) unsourced.push(key);
      });
    }
    expect(unsourced).toEqual([]);
  });

  it("builds nothing on the spam page and nothing from the unrelated articles", () => {
    expect(record.citations.filter((c) => c.sourceId === "src-visa-spam-page")).toEqual([]);
    const spamClaims = record.claims.filter((c) => c.sourceId === "src-visa-spam-page");
    expect(spamClaims.length).toBeGreaterThanOrEqual(5);
    for (const c of spamClaims) expect(["false", "unverified"]).toContain(c.verdict);
    const curated = JSON.stringify([record.events, record.agreements, record.commitments, record.people, record.organizations]);
    for (const word of ["Britain", "United Kingdom", "Cuba", "Zelenskyy", "Latvia", "Cho Myoungjin"]) expect(curated).not.toContain(word);
  });
});

describe("seed record: domain rules hold", () => {
  it.each(record.agreements.map((a) => [a.id, a] as const))("%s: milestones pass the status rules", (_, a) => {
    expect(checkMilestones(a.milestones, a.kind)).toEqual([]);
  });

  it("resolves commitment due dates from their wording", () => {
    for (const c of record.commitments) {
      expect(ZCommitmentInput.safeParse(c).success).toBe(true);
      if (c.dueText === "within the year" || c.dueText === "this year") expect(c.due).toBe("2025");
    }
    const talks = record.commitments.find((c) => c.id === "com-2024-foreign-defence-talks")!;
    expect(computeCommitmentStatus(talks, "2025-01-01").status).toBe("fulfilled");
  });

  it("answers who was Korea's foreign minister on 2024-07-18", () => {
    const holders = holdersOn(record.positions, { role: "Foreign Minister", organizationId: "org-mofa-kr", day: "2024-07-18" });
    expect(holders.map((h) => [h.position.personId, h.certainty])).toEqual([["per-cho-tae-yul", "certain"]]);
  });

  it("keeps Cho Tae-yul and Cho Tae-yong apart", () => {
    const yul = record.people.find((p) => p.name === "Cho Tae-yul");
    const yong = record.people.find((p) => p.name === "Cho Tae-yong");
    expect(yul && yong && yul.id !== yong.id).toBe(true);
    expect(record.positions.filter((p) => p.personId === yong!.id).map((p) => p.role)).toEqual(["national-security-advisor"]);
  });
});

describe("seed record: one record per real thing", () => {
  it("holds the 7 March 2025 Ottawa meeting once, cited by both reports", () => {
    const meetings = record.events.filter((e) => e.date === "2025-03-07");
    expect(meetings).toHaveLength(1);
    const meeting = meetings[0]!;
    expect(meeting.location.city).toBe("Ottawa");
    expect(meeting.participants.map((p) => p.personId).sort()).toEqual(["per-chung-byung-won", "per-weldon-epp"]);
    const citingSources = new Set(
      record.citations.filter((c) => c.target.kind === "event" && c.target.id === meeting.id).map((c) => c.sourceId),
    );
    expect(citingSources).toEqual(new Set(["src-korea-herald-2025-03-08", "src-analysis-2025-03-ottawa-meeting"]));
  });

  it("keeps Chung Byung-won's two translated titles as labels of one position", () => {
    expect(record.people.filter((p) => p.name === "Chung Byung-won")).toHaveLength(1);
    const positions = record.positions.filter((p) => p.personId === "per-chung-byung-won");
    expect(positions).toHaveLength(1);
    const labels = [positions[0]!.title.en, ...positions[0]!.titleVariants];
    expect(labels).toEqual(expect.arrayContaining(["Deputy Minister for Political Affairs", "Vice Minister for Political Affairs"]));
    for (const label of labels) {
      expect(holdersOn(record.positions, { role: label, organizationId: "org-mofa-kr", day: "2025-03-07" })).toHaveLength(1);
    }
  });

  it("records the CKFTA signature date from the official source and marks seed 003's year false", () => {
    const ckfta = record.agreements.find((a) => a.shortName === "CKFTA")!;
    expect(ckfta.milestones.map((m) => [m.kind, m.date])).toEqual([
      ["signed", "2014-09-22"],
      ["in_force", "2015-01-01"],
    ]);
    const wrong = record.claims.find((c) => c.subject?.id === ckfta.id && c.value === "2015")!;
    expect(wrong.sourceId).toBe("src-analysis-2025-03-ottawa-meeting");
    expect(wrong.verdict).toBe("false");
  });
});
