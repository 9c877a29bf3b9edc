/**
 * Runs the labelled sets and holds the extractor to its quality targets. Speed is measured by
 * `npm run eval:ingest` (a benchmark), not asserted here.
 */
import { describe, expect, it, vi } from "vitest";

// Each set is extracted several times; on a shared machine that takes longer than vitest's default five seconds.
vi.setConfig({ testTimeout: 120_000 });
import * as labelled from "../src/evaluation/labelled-set";
import { HELD_OUT_DIR, type LoadedDocument, loadLabelledSet, seedsAvailable } from "../src/evaluation/labelled-set";
import { evaluate, precision, recall } from "../src/evaluation/score-labelled-set";

const { documents, known } = loadLabelledSet();
const own = documents.filter((d) => "file" in d.doc.source);

/** Each field's precision and recall at or above its floor (floors guard against regression; they are not targets). */
function expectFloors(
  r: ReturnType<typeof evaluate>,
  floors: Partial<Record<keyof ReturnType<typeof evaluate>["fields"], { precision: number; recall: number }>>,
) {
  for (const [field, floor] of Object.entries(floors)) {
    const s = r.fields[field as keyof typeof floors];
    expect(precision(s), `${field} precision`).toBeGreaterThanOrEqual(floor.precision);
    expect(recall(s), `${field} recall`).toBeGreaterThanOrEqual(floor.recall);
  }
}

type Floors = Parameters<typeof expectFloors>[1];

/**
 * A set of twelve documents written after the rules, six of them about six other pairs: other pairs' records and
 * boilerplate stay out, and every field holds at its floor. Floors, NOT targets: rounded down from the level reached
 * (the first run's figures are in the set's FIRST-RUN.md, the final ones in RESULTS.md), they guard against regression
 * only.
 */
function describeTwelveDocumentSet(
  title: string,
  dir: string,
  french: number,
  floors: Floors,
  /** Annotated content that the boilerplate filter removes, each a known miss described in the set's FIRST-RUN.md. */
  contentRemoved = 0,
) {
  describe(`labelled set: ${title}`, () => {
    const docs = loadLabelledSet(dir).documents;
    it(`has twelve documents, ${french} in French and six about six other pairs`, () => {
      expect(docs.length).toBe(12);
      expect(docs.filter((d) => d.doc.lang === "fr").length).toBe(french);
      expect(new Set(docs.flatMap((d) => (d.doc.pair ? [d.doc.pair.join("-")] : []))).size).toBe(6);
    });
    it("keeps boilerplate out and holds every field at the level reached after its first run", () => {
      const r = evaluate(docs, known, 1);
      expect(r.unavailable).toEqual([]);
      expect(r.fromBoilerplate).toEqual([]);
      expect(r.contentRemoved).toHaveLength(contentRemoved);
      expect(r.forbiddenPairRecords).toEqual([]);
      expectFloors(r, floors);
    });
  });
}

function assertTargets(docs: readonly LoadedDocument[]) {
  const r = evaluate(docs, known, 1);
  expect(r.unavailable).toEqual([]);
  expect(recall(r.fields.dates)).toBeGreaterThanOrEqual(0.95);
  expect(recall(r.fields.people)).toBeGreaterThanOrEqual(0.9);
  expect(precision(r.fields.people)).toBeGreaterThanOrEqual(0.9);
  expect(recall(r.fields.agreements)).toBeGreaterThanOrEqual(0.85);
  expect(recall(r.fields.commitments)).toBeGreaterThanOrEqual(0.75);
  expect(r.forbiddenPairRecords).toEqual([]);
  expect(r.fromBoilerplate).toEqual([]);
  expect(r.contentRemoved).toEqual([]);
  expect(recall(r.fields.boilerplate)).toBeGreaterThanOrEqual(0.9);
  return r;
}

describe("labelled set: documents written for the set", () => {
  it("has at least six of them, in several styles", () => {
    expect(own.length).toBeGreaterThanOrEqual(6);
    expect(own.some((d) => d.doc.lang === "fr")).toBe(true);
    expect(own.some((d) => d.doc.forbidPairRecords)).toBe(true);
  });
  it("meets the targets", () => {
    assertTargets(own);
  });
});

describe.skipIf(!seedsAvailable())("labelled set: all documents including the shared seeds", () => {
  it("meets the targets", () => {
    const r = assertTargets(documents);
    expect(r.documents).toBe(documents.length);
  });
});

describe("labelled set: held-out documents (written after the rules, in other publishers' styles)", () => {
  const heldOut = loadLabelledSet(HELD_OUT_DIR).documents;
  it("has ten of them, with French, an unrelated pair and heavy boilerplate", () => {
    expect(heldOut.length).toBe(10);
    expect(heldOut.some((d) => d.doc.lang === "fr")).toBe(true);
    expect(heldOut.some((d) => d.doc.forbidPairRecords)).toBe(true);
  });
  it("meets the targets", () => {
    assertTargets(heldOut);
  });
});

describe("labelled set: second unseen set (other publishers, French, countries never named, Canada-Japan)", () => {
  // People and agreements reached their targets with the third set's rules; the full targets now hold here.
  const unseen2 = loadLabelledSet(labelled.UNSEEN_2_DIR).documents;
  it("has ten of them, with French, an unrelated pair and a text naming no country", () => {
    expect(unseen2.length).toBe(10);
    expect(unseen2.filter((d) => d.doc.lang === "fr").length).toBeGreaterThanOrEqual(2);
    expect(unseen2.some((d) => d.doc.forbidPairRecords)).toBe(true);
  });
  it("meets the targets", () => {
    const r = assertTargets(unseen2);
    // Events have no target; a floor at the level reached (history sentences, dated settings, same-day cities).
    expect(recall(r.fields.events)).toBeGreaterThanOrEqual(0.9);
  });
});

describe("labelled set: third unseen set (features, summit wires with other bilaterals, provinces, newsletters, Hansard, timelines)", () => {
  const unseen3 = loadLabelledSet(labelled.UNSEEN_3_DIR).documents;
  it("has eight of them, with French", () => {
    expect(unseen3.length).toBe(8);
    expect(unseen3.some((d) => d.doc.lang === "fr")).toBe(true);
  });
  it("meets the people, dates, commitments and boilerplate targets, keeps other pairs and boilerplate out, and holds agreements and events at their present level", () => {
    const r = evaluate(unseen3, known, 1);
    expect(r.unavailable).toEqual([]);
    expect(recall(r.fields.people)).toBeGreaterThanOrEqual(0.9);
    expect(precision(r.fields.people)).toBeGreaterThanOrEqual(0.9);
    expect(r.forbiddenPairRecords).toEqual([]);
    expect(r.fromBoilerplate).toEqual([]);
    expect(r.contentRemoved).toEqual([]);
    // Dates (counting back, coming listings), commitments (a province's pledges) and boilerplate (byline bios,
    // list navigation, mailing furniture) now meet the full targets here.
    expect(recall(r.fields.dates)).toBeGreaterThanOrEqual(0.95);
    expect(recall(r.fields.commitments)).toBeGreaterThanOrEqual(0.75);
    expect(recall(r.fields.boilerplate)).toBeGreaterThanOrEqual(0.9);
    // Below the target, held at the level reached (a floor against regression, not a target): agreements
    // ('concluded the negotiations' with the agreement left unnamed, a lead's date taken for the signing's).
    expect(recall(r.fields.agreements)).toBeGreaterThanOrEqual(0.83);
    // Events have no target; a floor at the level reached on a set nobody tuned events against.
    expect(recall(r.fields.events)).toBeGreaterThanOrEqual(0.9);
  });
});

describe("labelled set: fourth unseen set (web video embeds, interview Q&A, backgrounder, policy brief, joint release, another pair)", () => {
  const unseen4 = loadLabelledSet(labelled.UNSEEN_4_DIR).documents;
  it("has eight of them, with French and an unrelated pair", () => {
    expect(unseen4.length).toBe(8);
    expect(unseen4.some((d) => d.doc.lang === "fr")).toBe(true);
    expect(unseen4.some((d) => d.doc.forbidPairRecords)).toBe(true);
  });
  it("keeps other pairs and boilerplate out and holds every field at its first-measurement floor", () => {
    const r = evaluate(unseen4, known, 1);
    expect(r.unavailable).toEqual([]);
    expect(r.forbiddenPairRecords).toEqual([]);
    expect(r.fromBoilerplate).toEqual([]);
    // Removal must never swallow the article: no annotated date, name, quote or commitment lies in removed text.
    expect(r.contentRemoved).toEqual([]);
    // Floors, NOT targets: first set at the first run on documents annotated before the extractor ever saw them
    // (the honest figures: dates 65/69 and 65/72, people 20/27 and 20/28, quotes 9/16 and 9/13, boilerplate 9/10
    // and 35/47), then raised to the level reached after rules were written for this set's misses (rounded down;
    // precision correct/predicted, recall found/expected). They only guard against regression.
    const floors = {
      dates: { precision: 0.95, recall: 0.95 }, // 69/72, 69/72
      people: { precision: 0.96, recall: 0.93 }, // 31/32, 31/33
      agreements: { precision: 0.4, recall: 0.22 }, // 2/5, 2/9
      // "Une première ronde de pourparlers aura lieu à Séoul la semaine prochaine" is now a pledge (a round announced for a
      // later date), which this set did not annotate; so is "It replaces the arrangement of 2010 and will take effect on
      // January 1, 2027" (an announced entry into force, a pledge by the conventions since the eighteenth set): 13/16.
      commitments: { precision: 0.81, recall: 0.53 },
      quotes: { precision: 0.92, recall: 0.92 }, // 12/13, 12/13
      events: { precision: 0.56, recall: 0.56 }, // 9/16, 9/16
      boilerplate: { precision: 0.91, recall: 1 }, // 21/23, 47/47
    } as const;
    expectFloors(r, floors);
  });
});

describe("labelled set: fifth unseen set (six other pairs, French, tense and anchors)", () => {
  const unseen5 = loadLabelledSet(labelled.UNSEEN_5_DIR).documents;
  const otherPair = unseen5.filter((d) => d.doc.pair !== undefined);
  it("has twelve documents, three in French and six about other pairs", () => {
    expect(unseen5.length).toBe(12);
    expect(unseen5.filter((d) => d.doc.lang === "fr").length).toBeGreaterThanOrEqual(3);
    expect(new Set(otherPair.map((d) => d.doc.pair!.join("-"))).size).toBeGreaterThanOrEqual(4);
  });
  it("keeps boilerplate out and holds every field at the level reached after its first run", () => {
    const r = evaluate(unseen5, known, 1);
    expect(r.unavailable).toEqual([]);
    expect(r.fromBoilerplate).toEqual([]);
    expect(r.contentRemoved).toEqual([]);
    // Floors, NOT targets (rounded down from the level reached; the first run's figures are in
    // test/fixtures/unseen-5/FIRST-RUN.md). They guard against regression only.
    const floors = {
      dates: { precision: 0.98, recall: 0.98 }, // 78/79, 78/78
      people: { precision: 0.9, recall: 0.9 }, // 30/33, 30/33
      agreements: { precision: 0.85, recall: 0.62 }, // 18/21, 18/29
      commitments: { precision: 0.8, recall: 0.64 }, // 16/20, 16/25
      events: { precision: 0.72, recall: 0.57 }, // 16/22, 16/28
      boilerplate: { precision: 1, recall: 1 }, // 13/13, 14/14 after the twenty-second round (floors were 1.0, 0.92)
    } as const;
    expectFloors(r, floors);
  });
});

describeTwelveDocumentSet("eighth unseen set (six more pairs, event shapes, honorifics and name order)", labelled.UNSEEN_8_DIR, 4, {
  dates: { precision: 0.98, recall: 0.98 }, // 74/75, 74/75
  people: { precision: 0.82, recall: 0.86 }, // 38/46, 38/44
  agreements: { precision: 0.86, recall: 0.86 }, // 13/15, 13/15
  // "..., which Minister Lamola has undertaken to attend" is now a pledge, which this set did not annotate: 25/28.
  commitments: { precision: 0.89, recall: 0.96 }, // 25/28, 26/26
  events: { precision: 0.97, recall: 0.92 }, // 33/34, 35/38
  boilerplate: { precision: 1, recall: 0.91 }, // 10/10, 11/12 after the twenty-second round (floors were 1.0, 0.5)
});

describeTwelveDocumentSet(
  "ninth unseen set (six more pairs, bare titles and portfolios, every agreement milestone)",
  labelled.UNSEEN_9_DIR,
  4,
  {
    dates: { precision: 0.97, recall: 0.98 },
    people: { precision: 0.93, recall: 0.93 },
    agreements: { precision: 0.77, recall: 0.67 },
    commitments: { precision: 0.96, recall: 0.78 },
    events: { precision: 0.66, recall: 0.53 },
    boilerplate: { precision: 0.83, recall: 0.94 }, // 15/18, 17/18 after the twenty-second round (floors were 0.8, 0.5)
  },
);

describeTwelveDocumentSet("tenth unseen set (six more pairs, new publishers, particles and compound names)", labelled.UNSEEN_10_DIR, 4, {
  dates: { precision: 0.97, recall: 0.98 }, // 103/106, 103/104
  people: { precision: 0.91, recall: 0.89 }, // 51/56, 51/57
  agreements: { precision: 0.84, recall: 0.8 }, // 21/25, 21/26
  commitments: { precision: 0.94, recall: 0.44 }, // 16/17, 16/36
  events: { precision: 0.72, recall: 0.65 }, // 21/29, 21/32
  boilerplate: { precision: 0.86, recall: 1 }, // 13/15, 13/13 after the twenty-second round (floors were 0.77, 0.53)
});

describeTwelveDocumentSet(
  "eleventh unseen set (six more pairs, parliaments, provinces, business dailies, posts)",
  labelled.UNSEEN_11_DIR,
  4,
  {
    dates: { precision: 0.99, recall: 0.99 }, // 111/112, 111/112
    people: { precision: 0.88, recall: 0.86 }, // 37/42, 37/43
    agreements: { precision: 0.8, recall: 0.7 }, // 21/26, 21/30
    commitments: { precision: 0.97, recall: 0.86 }, // 40/41, 39/45
    // "B.C." read as Canada's made the Victoria meeting an event, found without its city: 25/30, 25/36.
    events: { precision: 0.83, recall: 0.69 },
    boilerplate: { precision: 1, recall: 1 }, // 11/11, 11/11 after the twenty-second round (floors were 1.0, 0.63)
  },
);

describeTwelveDocumentSet(
  "twelfth unseen set (six more pairs, readouts, committee reports, wires, bulletins, speeches)",
  labelled.UNSEEN_12_DIR,
  4,
  {
    dates: { precision: 0.96, recall: 0.99 }, // 123/127, 123/124
    people: { precision: 0.97, recall: 0.94 }, // 35/36, 35/37
    agreements: { precision: 0.83, recall: 0.85 }, // 36/43, 36/42
    commitments: { precision: 1, recall: 0.81 }, // 41/41, 40/49
    events: { precision: 0.81, recall: 0.56 }, // 18/22, 18/32
    boilerplate: { precision: 0.73, recall: 1 }, // 14/19, 14/14 after the twenty-second round (floors were 0.63, 0.5)
  },
);

describeTwelveDocumentSet(
  "thirteenth unseen set (six more pairs, city, defence, embassy, parliament, transcript, university, think-tank, business)",
  labelled.UNSEEN_13_DIR,
  4,
  {
    dates: { precision: 0.94, recall: 0.97 }, // 115/122, 115/118
    people: { precision: 0.95, recall: 0.95 }, // 45/47, 45/47
    agreements: { precision: 0.89, recall: 0.58 }, // 17/19, 17/29
    commitments: { precision: 0.9, recall: 0.76 }, // 27/30, 26/34
    events: { precision: 0.93, recall: 0.87 }, // 43/46, 43/49
    // Precision 0.91 -> 0.88 with the one-line contact rule: "Contact presse : Service de presse de la Ville ..." is removed, a
    // contact line the annotation did not list.
    boilerplate: { precision: 0.9, recall: 1 }, // 28/31, 31/31 after the twenty-second round (floors were 0.88, 0.74)
  },
);

describeTwelveDocumentSet(
  "fourteenth unseen set (six more pairs, Hansard, research council, regional papers, port, blog, communiqué, readouts)",
  labelled.UNSEEN_14_DIR,
  3,
  {
    dates: { precision: 0.98, recall: 0.98 }, // 91/92, 91/92
    people: { precision: 0.93, recall: 0.91 }, // 56/60, 56/61
    agreements: { precision: 0.91, recall: 0.88 }, // 31/34, 31/35
    commitments: { precision: 0.85, recall: 0.72 }, // 18/21, 18/25
    events: { precision: 0.88, recall: 0.78 }, // 22/25, 22/28
    boilerplate: { precision: 0.96, recall: 1 }, // 24/25, 25/25 after the twenty-second round (floors were 0.95, 0.96)
  },
);

describeTwelveDocumentSet(
  "fifteenth unseen set (six more pairs, premier, committee reports, business council, newsletter, wires, presidencies)",
  labelled.UNSEEN_15_DIR,
  4,
  {
    dates: { precision: 0.99, recall: 0.99 }, // 118/119, 118/119
    people: { precision: 0.95, recall: 0.93 }, // 62/65, 62/66
    agreements: { precision: 1, recall: 0.81 }, // 43/43, 43/53
    commitments: { precision: 0.92, recall: 0.83 }, // 26/28, 26/31
    events: { precision: 0.87, recall: 0.94 }, // 34/39, 34/36
    boilerplate: { precision: 0.9, recall: 0.95 }, // 20/22, 23/24 after the twenty-second round (floors were 0.9, 0.91)
  },
  1, // the newsletter masthead's "Mars 2028"
);

describeTwelveDocumentSet(
  "sixteenth unseen set (six more pairs, Hansard, readout, twinning, research council, defence, bulletins, central bank, think tank)",
  labelled.UNSEEN_16_DIR,
  4,
  {
    dates: { precision: 0.98, recall: 1 }, // 88/89, 88/88
    people: { precision: 0.96, recall: 0.98 }, // 58/60, 58/59
    agreements: { precision: 0.94, recall: 0.87 }, // 35/37, 35/40
    commitments: { precision: 0.88, recall: 0.82 }, // 24/27, 24/29
    events: { precision: 0.9, recall: 0.81 }, // 27/30, 27/33
    boilerplate: { precision: 1, recall: 0.82 }, // 18/18, 19/23 after the twenty-second round (floors were 1.0, 0.56)
  },
);

describeTwelveDocumentSet(
  "seventeenth unseen set (six more pairs, live blog, export credit, consulate, editorial, week in review, hearing, space agency)",
  labelled.UNSEEN_17_DIR,
  4,
  {
    dates: { precision: 0.95, recall: 0.97 }, // 104/109, 104/107
    people: { precision: 0.92, recall: 0.9 }, // 60/65, 60/66
    agreements: { precision: 0.83, recall: 0.64 }, // 31/37, 31/48
    commitments: { precision: 1, recall: 0.93 }, // 31/31, 31/33
    events: { precision: 0.78, recall: 0.75 }, // 30/38, 30/40
    boilerplate: { precision: 0.92, recall: 0.85 }, // 12/13, 12/14 after the twenty-second round (floors were 0.88, 0.57)
  },
);

describeTwelveDocumentSet(
  "eighteenth unseen set (six more pairs, itinerary, newswire briefs, mission programme, opinion, project note, transcript, port)",
  labelled.UNSEEN_18_DIR,
  4,
  {
    dates: { precision: 0.99, recall: 1 }, // 101/102, 101/101 (first run 91/102, 91/101)
    people: { precision: 0.94, recall: 0.92 }, // 66/70, 66/71 (first run 61/72, 61/71)
    agreements: { precision: 0.92, recall: 0.9 }, // 39/42, 39/43 (first run 35/39, 35/43)
    commitments: { precision: 0.96, recall: 0.93 }, // 28/29, 28/30 (first run 21/22, 14/30)
    events: { precision: 0.92, recall: 0.81 }, // 26/28, 26/32 (first run 18/23, 18/32)
    boilerplate: { precision: 1, recall: 1 }, // 19/19, 21/21 after the twenty-second round (floors were 1.0, 0.42)
  },
);

describeTwelveDocumentSet(
  "nineteenth unseen set (six more pairs, numbered statement, customs notice, radio, FAQ, press review, recaps, twinning)",
  labelled.UNSEEN_19_DIR,
  4,
  {
    dates: { precision: 0.99, recall: 0.99 }, // 107/108, 107/108 (first run 106/108, 106/108)
    people: { precision: 0.95, recall: 0.95 }, // 62/65, 62/65 (first run 55/70, 55/65)
    agreements: { precision: 0.91, recall: 0.8 }, // 33/36, 33/41 (first run 29/36, 29/41)
    commitments: { precision: 1, recall: 0.96 }, // 28/28, 28/29 (first run 21/21, 21/29)
    events: { precision: 0.83, recall: 0.86 }, // 31/37, 31/36 (first run 18/27, 18/36)
    boilerplate: { precision: 0.93, recall: 0.68 }, // 14/15, 15/22 after the twenty-second round (floors were 0.85, 0.27)
  },
  1,
);

describeTwelveDocumentSet(
  "twentieth unseen set (six more pairs, Senate debates, order paper, statistics release, tribunal, photo captions, podcast notes)",
  labelled.UNSEEN_20_DIR,
  4,
  {
    dates: { precision: 0.95, recall: 0.97 }, // 170/178, 170/175 (first run 170/179, 170/175)
    people: { precision: 0.93, recall: 0.94 }, // 54/58, 54/57 (first run 44/57, 44/57)
    agreements: { precision: 0.92, recall: 0.89 }, // 35/38, 35/39 (first run 29/35, 29/39)
    commitments: { precision: 0.91, recall: 0.8 }, // 34/37, 34/42 (first run 23/27, 23/42)
    events: { precision: 0.88, recall: 0.82 }, // 37/42, 37/45 (first run 29/36, 29/45)
    boilerplate: { precision: 1, recall: 0.86 }, // 24/24, 32/37 after the twenty-second round (floors were 1.0, 0.67)
  },
);

describeTwelveDocumentSet(
  "twenty-first unseen set (six more pairs, treaty records, client alert, tender, briefing note, gazette, thread, cabinet decisions)",
  labelled.UNSEEN_21_DIR,
  4,
  {
    dates: { precision: 0.95, recall: 0.96 }, // 160/168, 160/166 (first run 157/168, 157/166)
    people: { precision: 0.97, recall: 0.93 }, // 40/41, 40/43 (first run 36/43, 36/43)
    agreements: { precision: 0.77, recall: 0.79 }, // 34/44, 34/43 (first run 19/30, 19/43)
    commitments: { precision: 0.92, recall: 0.87 }, // 36/39, 36/41 (first run 28/31, 28/41)
    events: { precision: 0.7, recall: 0.82 }, // 28/40, 29/35 (first run 21/34, 22/35)
    boilerplate: { precision: 0.88, recall: 0.87 }, // 23/26, 29/33 after the twenty-second round (floors were 0.87, 0.48)
  },
  // The gazette's contact line ("Pour plus de renseignements, communiquer avec M. <name>, ...") goes with the person in it.
  1,
);

describeTwelveDocumentSet(
  "twenty-second unseen set (six more pairs, committee evidence, live blog, auditor's report, council minutes, country page, TV news)",
  labelled.UNSEEN_22_DIR,
  4,
  {
    dates: { precision: 0.94, recall: 0.98 }, // 180/190, 180/183 (first run 176/187, 176/183)
    people: { precision: 0.98, recall: 0.94 }, // 49/50, 49/52 (first run 46/49, 46/52)
    agreements: { precision: 0.9, recall: 0.76 }, // 30/33, 30/39 (first run 22/25, 22/39)
    commitments: { precision: 0.98, recall: 0.83 }, // 51/52, 49/59 (first run 40/41, 34/59)
    events: { precision: 0.71, recall: 0.58 }, // 25/35, 25/43 (first run 19/30, 19/43)
    boilerplate: { precision: 0.9, recall: 0.96 }, // 39/43, 54/56 after the twenty-second round (floors were 0.87, 0.66)
  },
  // The regional organisation's "À propos" paragraph goes with the year in it ("créée en 1982").
  1,
);

describeTwelveDocumentSet(
  "twenty-third unseen set (six more pairs, question period, funding call, route announcement, consular bulletin, wires, port notice)",
  labelled.UNSEEN_23_DIR,
  4,
  {
    dates: { precision: 0.94, recall: 0.97 }, // 154/163, 154/158 (first run 151/162, 151/158)
    people: { precision: 0.94, recall: 0.98 }, // 55/58, 55/56 (first run 47/55, 47/56)
    agreements: { precision: 0.82, recall: 0.76 }, // 23/28, 23/30 (first run 19/24, 19/30)
    commitments: { precision: 0.95, recall: 0.84 }, // 39/41, 38/45 (first run 38/40, 36/45)
    events: { precision: 0.92, recall: 0.84 }, // 37/40, 38/45 (first run 19/32, 20/45)
    boilerplate: { precision: 0.94, recall: 0.89 }, // 35/37, 42/47 (first run 35/37, 42/47)
  },
  // The airline's "About" paragraph goes with its founding year; the bulletin's "Date ... Views" line with its date.
  2,
);

describeTwelveDocumentSet(
  "twenty-fourth unseen set (six more pairs, event summary, procurement notice, itinerary, newsletters, scholarship call, FAQ page)",
  labelled.UNSEEN_24_DIR,
  4,
  {
    dates: { precision: 0.97, recall: 0.94 }, // 177/182, 177/187 (first run 175/181, 175/187)
    people: { precision: 0.96, recall: 0.92 }, // 50/52, 50/54 (first run 49/51, 49/54)
    agreements: { precision: 0.86, recall: 0.75 }, // 25/29, 25/33 (first run 21/25, 21/33)
    commitments: { precision: 0.95, recall: 0.68 }, // 42/44, 41/60 (first run 42/44, 40/60)
    events: { precision: 0.87, recall: 0.82 }, // 34/39, 34/41 (first run 22/29, 22/41)
    boilerplate: { precision: 0.86, recall: 0.86 }, // 32/37, 39/45 (first run 32/37, 39/45)
  },
  // Two media contacts' blocks go with their names; one newsletter's masthead with its date (the other's, "... – Numéro 7 –
  // Mars 2031", is now kept).
  3,
);

describeTwelveDocumentSet(
  "twenty-fifth unseen set (six more pairs, coast guard release, standards notice, research note, live page, radio transcript)",
  labelled.UNSEEN_25_DIR,
  4,
  {
    dates: { precision: 0.91, recall: 0.94 }, // 162/177, 162/172 (first run 156/176, 156/172)
    people: { precision: 0.93, recall: 0.95 }, // 41/44, 41/43 (first run 36/40, 36/43)
    agreements: { precision: 0.89, recall: 0.6 }, // 35/39, 35/58 (first run 24/33, 24/58)
    commitments: { precision: 0.89, recall: 0.73 }, // 33/37, 31/42 (first run 26/30, 22/42)
    events: { precision: 0.65, recall: 0.5 }, // 21/32, 21/42 (first run 16/32, 16/42)
    boilerplate: { precision: 0.92, recall: 0.65 }, // 36/39, 49/75 (first run)
  },
  // The research note's list of notes goes with the date in its first entry ("last updated 14 March 2031").
  1,
);

describeTwelveDocumentSet(
  "twenty-sixth unseen set (six more pairs, veterans' release, Senate hearing, podcast notes, customs notice, wire bundle)",
  labelled.UNSEEN_26_DIR,
  4,
  {
    dates: { precision: 0.92, recall: 0.97 }, // 168/182, 168/173 (first run 163/182, 163/173)
    people: { precision: 0.92, recall: 0.93 }, // 46/50, 46/49 (first run)
    agreements: { precision: 0.71, recall: 0.54 }, // 32/45, 32/59 (first run)
    commitments: { precision: 0.95, recall: 0.86 }, // 43/45, 44/51 (first run 39/41, 34/51)
    events: { precision: 0.61, recall: 0.44 }, // 22/36, 22/49 (first run 20/36, 20/49)
    boilerplate: { precision: 0.95, recall: 0.72 }, // 46/48, 63/87 (first run)
  },
);

describeTwelveDocumentSet(
  "twenty-seventh unseen set (six more pairs, annual report, mission blog, school letter, court summary, union statement)",
  labelled.UNSEEN_27_DIR,
  4,
  {
    // 181/191: one "That evening" this set leaves unannotated, which the twenty-first and twenty-ninth sets annotate.
    dates: { precision: 0.94, recall: 0.98 }, // 181/191, 181/183 (first run 165/198, 165/183)
    people: { precision: 0.78, recall: 0.81 }, // 47/60, 47/58 (first run 44/58, 44/58)
    agreements: { precision: 0.83, recall: 0.58 }, // 35/42, 35/60 (first run 28/37, 28/60)
    commitments: { precision: 0.96, recall: 0.63 }, // 29/30, 23/36 (first run 22/25, 17/36)
    events: { precision: 0.61, recall: 0.44 }, // 21/34, 22/50 (first run 19/34, 19/50)
    boilerplate: { precision: 0.96, recall: 0.91 }, // 62/64, 88/96 (first run 49/51, 62/96)
  },
);

describeTwelveDocumentSet(
  "twenty-eighth unseen set (six more pairs, media kit, written question, job posting, market bulletin, progress report)",
  labelled.UNSEEN_28_DIR,
  4,
  {
    dates: { precision: 0.92, recall: 0.95 }, // 191/207, 191/200 (first run 174/212, 174/200)
    people: { precision: 0.88, recall: 0.87 }, // 48/54, 48/55 (first run 42/55, 42/55)
    agreements: { precision: 0.75, recall: 0.64 }, // 25/33, 25/39 (first run 23/32, 23/39)
    commitments: { precision: 0.95, recall: 0.78 }, // 42/44, 39/50 (first run 29/31, 26/50)
    events: { precision: 0.77, recall: 0.79 }, // 31/40, 31/39 (first run 25/36, 25/39)
    boilerplate: { precision: 1, recall: 0.94 }, // 50/50, 73/77 (first run 43/44, 57/77)
  },
);

describeTwelveDocumentSet(
  "twenty-ninth unseen set (six more pairs, professional post, practice notice, game recap, field diary, observation statement)",
  labelled.UNSEEN_29_DIR,
  4,
  {
    dates: { precision: 0.95, recall: 0.95 }, // 142/148, 142/149 (first run 128/148, 128/149)
    people: { precision: 0.87, recall: 0.81 }, // 36/41, 36/44 (first run 32/39, 32/44)
    agreements: { precision: 0.94, recall: 0.84 }, // 32/34, 32/38 (first run 15/20, 15/38)
    commitments: { precision: 0.95, recall: 0.76 }, // 38/40, 36/47 (first run 31/34, 26/47)
    events: { precision: 0.7, recall: 0.54 }, // 17/24, 17/31 (first run 15/23, 15/31)
    boilerplate: { precision: 1, recall: 0.87 }, // 44/44, 76/87 (first run 44/44, 66/87)
  },
);

describeTwelveDocumentSet(
  "thirtieth unseen set (six more pairs, decision record, donor update, bill status page, situation report, letter to the editor)",
  labelled.UNSEEN_30_DIR,
  4,
  {
    dates: { precision: 0.92, recall: 0.9 }, // 130/141, 130/143 (first run 119/139, 119/143)
    people: { precision: 0.72, recall: 0.74 }, // 32/44, 32/43 (first run 27/42, 27/43)
    agreements: { precision: 0.78, recall: 0.51 }, // 15/19, 15/29 (first run 9/17, 9/29)
    commitments: { precision: 0.96, recall: 0.57 }, // 31/32, 26/45 (first run 21/22, 16/45)
    events: { precision: 0.52, recall: 0.33 }, // 12/23, 12/36 (first run 5/19, 5/36)
    boilerplate: { precision: 1, recall: 0.94 }, // 44/44, 69/73 (first run 39/40, 54/73)
  },
  0, // the stamp designer's credit line ("Sēmisi Taufa") the first run read as furniture (FIRST-RUN.md) is now kept
);

describeTwelveDocumentSet(
  "thirty-first unseen set (six more pairs, loan notice, church bulletin, week-ahead diary, obituary, class notes, tour schedule)",
  labelled.UNSEEN_31_DIR,
  4,
  {
    dates: { precision: 0.86, recall: 0.93 }, // 151/175, 151/162 (first run 130/168, 130/162)
    people: { precision: 0.86, recall: 0.82 }, // 46/53, 46/56 (first run 33/43, 33/56)
    agreements: { precision: 0.76, recall: 0.72 }, // 16/21, 16/22 (first run 12/19, 12/22)
    commitments: { precision: 0.85, recall: 0.72 }, // 29/34, 27/37 (first run 22/27, 19/37)
    events: { precision: 0.94, recall: 0.66 }, // 18/19, 18/27 (first run 11/16, 11/27)
    boilerplate: { precision: 1, recall: 0.97 }, // 50/50, 83/85 (first run 41/44, 60/85)
  },
  0, // the five book sheet dates and the newsletter's issue date the first run read as furniture (FIRST-RUN.md) are now kept
);

describeTwelveDocumentSet(
  "thirty-second unseen set (six more pairs, inspection notice, tour diary, award notice, marine notice, client alert, radio listing)",
  labelled.UNSEEN_32_DIR,
  4,
  {
    dates: { precision: 0.93, recall: 0.98 }, // 143/153, 143/145 (first run 117/147, 117/145)
    people: { precision: 0.89, recall: 0.89 }, // 43/48, 43/48 (first run 33/42, 33/48)
    agreements: { precision: 0.95, recall: 0.74 }, // 20/21, 20/27 (first run 9/11, 9/27)
    commitments: { precision: 0.93, recall: 0.82 }, // 41/44, 39/47 (first run 20/23, 17/47)
    events: { precision: 0.7, recall: 0.48 }, // 14/20, 14/29 (first run 8/13, 8/29)
    boilerplate: { precision: 1, recall: 0.97 }, // 45/45, 81/83 (first run 39/40, 57/83)
  },
  0, // the newsletter's issue line the first run read as furniture (FIRST-RUN.md) is now kept
);

describeTwelveDocumentSet(
  "thirty-third unseen set (six more pairs, five of them territories, trustee update, case page, stage report, cruise blog, claims bulletin, finding aid)",
  labelled.UNSEEN_33_DIR,
  4,
  {
    dates: { precision: 0.89, recall: 0.93 }, // 133/149, 133/142 (first run 121/145, 121/142)
    people: { precision: 0.88, recall: 0.78 }, // 37/42, 37/47 (first run 30/40, 30/47)
    agreements: { precision: 0.95, recall: 0.91 }, // 21/22, 21/23 (first run 10/11, 10/23)
    commitments: { precision: 0.97, recall: 0.91 }, // 42/43, 42/46 (first run 26/27, 23/46)
    events: { precision: 0.7, recall: 0.63 }, // 14/20, 14/22 (first run 9/20, 9/22; 11/20, 11/22 with two events' annotation corrected, RESULTS.md)
    boilerplate: { precision: 0.98, recall: 0.9 }, // 52/53, 78/86 (first run 47/50, 65/86)
  },
  // The bulletin's next issue line with its date and pledge (FIRST-RUN.md), read as furniture as an earlier set annotates the
  // same sentence; the byline naming its print edition and the blog's "Next post: Monday" are now kept.
  2,
);

describeTwelveDocumentSet(
  "thirty-fourth unseen set (six more pairs, five of them territories, wire, debate record, consulate news, press releases, advisories, communiqué, speech)",
  labelled.UNSEEN_34_DIR,
  4,
  {
    dates: { precision: 0.96, recall: 0.97 }, // 145/150, 145/149 (first run 140/151, 140/149)
    people: { precision: 0.95, recall: 0.95 }, // 47/49, 47/49 (first run 26/40, 26/49)
    agreements: { precision: 0.94, recall: 0.86 }, // 32/34, 32/37 (first run 15/21, 15/37)
    commitments: { precision: 0.95, recall: 0.82 }, // 44/46, 42/51 (first run 36/38, 34/51)
    events: { precision: 0.83, recall: 0.64 }, // 20/24, 20/31 (first run 5/18, 5/31)
    boilerplate: { precision: 1, recall: 0.93 }, // 53/53, 95/102 (first run 45/45, 74/102)
  },
);

describeTwelveDocumentSet(
  "thirty-fifth unseen set (six more pairs, mainstream sources at their real length: wires, ministries' releases, joint statements, broadcasters' and newspapers' stories)",
  labelled.UNSEEN_35_DIR,
  5,
  {
    dates: { precision: 0.97, recall: 0.98 }, // 250/257, 250/253 (first run 230/253, 230/253)
    people: { precision: 0.9, recall: 0.87 }, // 56/62, 56/64 (first run 52/60, 52/64)
    agreements: { precision: 0.76, recall: 0.65 }, // 32/42, 32/49 (first run 30/42, 30/49)
    commitments: { precision: 0.87, recall: 0.85 }, // 68/78, 66/77 (first run 63/73, 58/77)
    events: { precision: 0.78, recall: 0.58 }, // 43/55, 43/73 (first run 26/46, 26/73)
    boilerplate: { precision: 1, recall: 0.89 }, // 50/50, 132/148 (first run 49/50, 122/148)
  },
  // The first run removed a wire's dateline and byline line (3 annotated items); it is kept since.
  0,
);

describeTwelveDocumentSet(
  "thirty-sixth unseen set (six more pairs, mainstream sources at their real length: briefings, communiqués, ministries' releases, wires, broadcasters' and newspapers' stories)",
  labelled.UNSEEN_36_DIR,
  5,
  {
    dates: { precision: 0.94, recall: 0.96 }, // 273/290, 273/284 (first run 262/293, 262/284)
    people: { precision: 0.91, recall: 0.86 }, // 66/72, 66/76 (first run 54/63, 54/76)
    agreements: { precision: 0.78, recall: 0.66 }, // 36/46, 36/54 (first run the same)
    commitments: { precision: 0.85, recall: 0.72 }, // 61/71, 57/79 (first run 57/72, 51/79)
    events: { precision: 0.74, recall: 0.47 }, // 35/47, 37/78 (first run 30/48, 32/78)
    boilerplate: { precision: 1, recall: 0.97 }, // 61/61, 140/144 (first run 49/49, 105/144)
  },
);

describeTwelveDocumentSet(
  "thirty-seventh unseen set (six more pairs, mainstream sources at their real length: a readout, a briefing, a council of ministers' report, a joint declaration, ministries' releases, a wire, newspapers' and broadcasters' stories)",
  labelled.UNSEEN_37_DIR,
  4,
  {
    dates: { precision: 0.99, recall: 0.99 }, // 243/245, 243/243 (first run 231/244, 231/243)
    people: { precision: 0.92, recall: 0.91 }, // 62/67, 62/68 (first run 53/62, 53/68)
    agreements: { precision: 0.74, recall: 0.63 }, // 23/31, 23/36 (first run 22/30, 22/36)
    commitments: { precision: 0.8, recall: 0.78 }, // 59/73, 58/74 (first run 56/76, 52/74)
    events: { precision: 0.84, recall: 0.65 }, // 43/51, 44/67 (first run 33/50, 33/67)
    boilerplate: { precision: 0.97, recall: 0.95 }, // 47/48, 130/136 (first run 43/44, 123/136)
  },
);

describeTwelveDocumentSet(
  "thirty-eighth unseen set (six more pairs, mainstream sources at their real length: a backgrounder, leaders' joint press statements, a doorstop transcript, releases, a portal's article, a wire, an interview and newspapers' stories)",
  labelled.UNSEEN_38_DIR,
  4,
  {
    dates: { precision: 0.97, recall: 0.97 }, // 260/268, 260/266 (first run 252/269, 252/266)
    people: { precision: 0.92, recall: 0.92 }, // 70/76, 70/76 (first run 59/67, 59/76)
    agreements: { precision: 0.86, recall: 0.77 }, // 38/44, 38/49 (first run 32/44, 32/49)
    commitments: { precision: 0.85, recall: 0.86 }, // 67/78, 66/76 (first run 60/74, 58/76)
    events: { precision: 0.84, recall: 0.6 }, // 51/60, 51/84 (first run 39/55, 39/84)
    boilerplate: { precision: 1, recall: 0.96 }, // 40/40, 123/127 (first run 41/41, 110/127)
  },
);

describeTwelveDocumentSet(
  "thirty-ninth unseen set (six more pairs, mainstream sources at their real length: a speech, a minister's statement, a premier's communiqué, an embassy's post, a live blog, a backgrounder, a committee report, a fact sheet, business dailies' and newspapers' stories)",
  labelled.UNSEEN_39_DIR,
  4,
  {
    dates: { precision: 0.96, recall: 0.98 }, // 242/252, 242/246 (first run 231/252, 231/246)
    people: { precision: 0.88, recall: 0.77 }, // 46/52, 46/59 (first run 42/55, 42/59)
    agreements: { precision: 0.8, recall: 0.69 }, // 41/51, 41/59 (first run 31/46, 31/59)
    commitments: { precision: 0.88, recall: 0.9 }, // 70/79, 70/77 (first run 61/76, 60/77)
    events: { precision: 0.71, recall: 0.55 }, // 37/52, 37/67 (first run 29/50, 29/67)
    boilerplate: { precision: 0.9, recall: 0.95 }, // 40/44, 78/82 (first run 34/38, 67/82)
  },
);

describeTwelveDocumentSet(
  "fortieth unseen set (six more pairs, mainstream sources at their real length: a radio interview transcript, an editorial, a Speaker's office's release, an ambassador's op-ed, a Governor General's release, a regional daily's business story, a ministry's portal item, a head of government's office's item, a wire, an information service's story, a news site's story and a government's news item)",
  labelled.UNSEEN_40_DIR,
  4,
  {
    dates: { precision: 0.95, recall: 0.98 }, // 236/246, 236/240 (first run 227/245, 227/240)
    people: { precision: 0.93, recall: 0.83 }, // 40/43, 40/48 (first run the same)
    agreements: { precision: 0.76, recall: 0.75 }, // 36/47, 36/48 (first run 30/43, 30/48)
    commitments: { precision: 0.8, recall: 0.84 }, // 59/73, 56/66 (first run 56/71, 53/66)
    events: { precision: 0.82, recall: 0.56 }, // 32/39, 32/57 (first run 24/34, 24/57)
    boilerplate: { precision: 1, recall: 0.91 }, // 42/42, 79/86 (first run 40/40, 77/86)
  },
);

describeTwelveDocumentSet(
  "forty-first unseen set (six more pairs, mainstream sources at their real length: a treaty's explanatory memorandum, a politics newsletter, a fisheries ministry's release, a factbox, a consulate's notice, an explainer, two public radios' stories, a news agency's dispatch, two dailies' stories and a news site's story)",
  labelled.UNSEEN_41_DIR,
  4,
  {
    dates: { precision: 0.93, recall: 0.98 }, // 270/288, 270/274 (first run 263/288, 263/274)
    people: { precision: 0.94, recall: 0.9 }, // 48/51, 48/53 (first run 38/47, 38/53)
    agreements: { precision: 0.63, recall: 0.58 }, // 37/58, 37/63 (first run 32/56, 32/63)
    commitments: { precision: 0.79, recall: 0.84 }, // 55/69, 55/65 (first run 50/65, 48/65)
    events: { precision: 0.7, recall: 0.4 }, // 34/48, 34/83 (first run 30/45, 30/83)
    boilerplate: { precision: 0.97, recall: 0.83 }, // 45/46, 64/77 (first run 44/45, 61/77)
  },
);

describeTwelveDocumentSet(
  "forty-second unseen set (six more pairs, mainstream sources at their real length: two legislatures' Hansards, a newsmagazine's story, a provincial premier's release, an international broadcaster's story, a regional newspaper's business story, a news agency's dispatch, a government's news item, a national weekly's story, a government daily's story, a national daily's story and a foreign ministry's press release)",
  labelled.UNSEEN_42_DIR,
  4,
  {
    dates: { precision: 0.92, recall: 0.98 }, // 243/264, 243/247 (first run 238/265, 238/247)
    people: { precision: 0.82, recall: 0.81 }, // 52/63, 52/64 (first run 47/59, 47/64)
    agreements: { precision: 0.69, recall: 0.59 }, // 41/59, 41/69 (first run 38/56, 38/69)
    commitments: { precision: 0.74, recall: 0.85 }, // 67/90, 66/77 (first run 62/87, 58/77)
    events: { precision: 0.86, recall: 0.54 }, // 38/44, 38/70 (first run 30/40, 30/70)
    boilerplate: { precision: 0.97, recall: 0.96 }, // 47/48, 74/77 (first run 43/44, 64/77)
  },
);

describeTwelveDocumentSet(
  "forty-third unseen set (six more pairs, mainstream sources at their real length: a Senate committee's release, a chamber of commerce's bulletin, a city's release on a twinning, a business media's story, a public broadcaster's story and live blog, a news agency's dispatch, a head of government's office's release, a Cabinet's notes, a parliament's news story, a government's bulletin and an energy ministry's news item)",
  labelled.UNSEEN_43_DIR,
  4,
  {
    dates: { precision: 0.94, recall: 0.98 }, // 252/268, 252/257 (first run 242/268, 242/257)
    people: { precision: 0.91, recall: 0.87 }, // 62/68, 62/71 (first run 55/64, 55/71)
    agreements: { precision: 0.83, recall: 0.67 }, // 41/49, 41/61 (first run 33/49, 33/61)
    commitments: { precision: 0.65, recall: 0.87 }, // 54/83, 51/58 (first run 45/77, 42/58)
    events: { precision: 0.6, recall: 0.36 }, // 26/43, 26/71 (first run 23/42, 23/71)
    boilerplate: { precision: 0.97, recall: 0.85 }, // 39/40, 61/71 (first run 37/38, 56/71)
  },
);

describeTwelveDocumentSet(
  "forty-fourth unseen set (six more pairs, mainstream sources at their real length: a university's partnership news, a city council's minutes, a defence ministry's readout, a port authority's e-newsletter, a newspaper's business story, a foreign minister's statement, two news agencies' French dispatches, a development bank's project release, a news agency's English dispatch, a broadcaster's story and a head of state's press service's item)",
  labelled.UNSEEN_44_DIR,
  4,
  {
    dates: { precision: 0.93, recall: 0.98 }, // 226/242, 226/230 (first run 226/244, 226/230)
    people: { precision: 0.78, recall: 0.78 }, // 44/56, 44/56 (first run 38/53, 38/56)
    agreements: { precision: 0.74, recall: 0.63 }, // 44/59, 44/69 (first run 38/58, 38/69)
    commitments: { precision: 0.73, recall: 0.87 }, // 51/69, 50/57 (first run 48/66, 46/57)
    events: { precision: 0.71, recall: 0.53 }, // 38/53, 38/71 (first run 30/48, 30/71)
    boilerplate: { precision: 1.0, recall: 0.93 }, // 43/43, 95/102 (first run 41/41, 89/102)
  },
);

describeTwelveDocumentSet(
  "forty-fifth unseen set (six more pairs, mainstream sources at their real length: a central bank's press release, an export credit agency's news release, a coast guard's release on a joint exercise, research funders' joint call, a foreign-affairs forum's event summary, a foreign ministry's briefing transcript, an international broadcaster's French story, a news agency's French dispatch, a regional news agency's story, a parliament's press release, a provincial government's news item and an embassy's press release)",
  labelled.UNSEEN_45_DIR,
  4,
  {
    dates: { precision: 0.93, recall: 0.99 }, // 234/249, 234/236 (first run 234/256, 234/236)
    people: { precision: 0.82, recall: 0.85 }, // 52/63, 52/61 (first run 44/56, 44/61)
    agreements: { precision: 0.73, recall: 0.52 }, // 30/41, 30/57 (first run 29/42, 29/57)
    commitments: { precision: 0.82, recall: 0.92 }, // 48/58, 47/51 (first run 45/58, 44/51)
    events: { precision: 0.72, recall: 0.58 }, // 42/58, 43/74 (first run 31/47, 32/74)
    boilerplate: { precision: 1.0, recall: 0.89 }, // 44/44, 89/100 (first run 46/46, 72/100)
  },
);

describeTwelveDocumentSet(
  "forty-sixth unseen set (six more pairs, mainstream sources at their real length: a Korean provincial government's English release, a consulate general's newsletter, a foundation's podcast episode page, a national post's release, a chamber federation's trade-mission report, a regional daily's story, a regional organisation's release, a national newspaper's story, a canal authority's release, two news agencies' French dispatches and a news agency's English story)",
  labelled.UNSEEN_46_DIR,
  4,
  {
    dates: { precision: 0.97, recall: 0.99 }, // 211/216, 211/213 (first run 198/214, 198/214)
    people: { precision: 0.9, recall: 0.85 }, // 48/53, 48/56 (first run 44/52, 44/56)
    agreements: { precision: 0.94, recall: 0.78 }, // 37/39, 37/47 (first run 27/37, 27/47)
    commitments: { precision: 0.95, recall: 0.97 }, // 44/46, 44/45 (first run 42/44, 42/45)
    events: { precision: 0.97, recall: 0.89 }, // 66/68, 66/74 (first run 47/57, 47/74)
    boilerplate: { precision: 1.0, recall: 0.92 }, // 40/40, 60/65 (first run 38/38, 51/65)
  },
);

describeTwelveDocumentSet(
  "forty-seventh unseen set (six more pairs, mainstream sources at their real length: a national tourism board's media release, an airport authority's release, a Korean ministry's English release, a parliamentary weekly's story, a federal research council's French release, a farm producers' federation's French release, a national newspaper's story, a development cooperation agency's news item, the United Nations' news service's French article, an international daily's French edition's article, a news agency's English story and a state-owned manufacturer's news item)",
  labelled.UNSEEN_47_DIR,
  4,
  {
    dates: { precision: 0.96, recall: 0.99 }, // 217/224, 217/218 (first run 210/223, 210/218)
    people: { precision: 1.0, recall: 1.0 }, // 54/54, 54/54 (first run 43/48, 43/54)
    agreements: { precision: 0.88, recall: 0.77 }, // 38/43, 38/49 (first run 38/43, 38/49)
    commitments: { precision: 0.85, recall: 0.97 }, // 41/48, 41/42 (first run 36/54, 36/42)
    events: { precision: 0.98, recall: 0.89 }, // 69/70, 69/77 (first run 42/59, 42/77)
    boilerplate: { precision: 1.0, recall: 0.9 }, // 47/47, 66/73 (first run 42/42, 60/73)
  },
);

describeTwelveDocumentSet(
  "forty-eighth unseen set (six more pairs, mainstream sources at their real length: a space agency's news release, a Korean forestry agency's English release, a provincial electricity utility's French release, a national museum's media release, a regional daily's French story, a national daily's business story, a meteorological institute's news item, a government portal's French communiqué, a national airline's French release, a trade promotion agency's media release, a public broadcaster's web story and a news agency's English story)",
  labelled.UNSEEN_48_DIR,
  4,
  {
    dates: { precision: 0.95, recall: 1.0 }, // 222/233, 222/222 (first run 215/233, 215/222)
    people: { precision: 0.91, recall: 0.91 }, // 52/57, 52/57 (first run 51/61, 51/57)
    agreements: { precision: 0.87, recall: 0.76 }, // 42/48, 42/55 (first run 29/36, 29/55)
    commitments: { precision: 0.9, recall: 0.98 }, // 49/54, 49/50 (first run 49/56, 49/50)
    events: { precision: 0.95, recall: 0.8 }, // 64/67, 64/80 (first run 57/68, 57/80)
    boilerplate: { precision: 0.97, recall: 0.83 }, // 48/49, 55/66 (first run 46/47, 52/66)
  },
);

describeTwelveDocumentSet(
  "forty-ninth unseen set (six more pairs, mainstream sources at their real length: a veterans department's news release, a national parks agency's French release, a parliamentary committee's report summary, a public broadcaster's French radio transcript, a Korean port authority's English release, a national daily's politics story, a news agency's French dispatch, a government daily's French story, an embassy's event recap, a government technology agency's media release, a cultural relations body's press release and a government news agency's story)",
  labelled.UNSEEN_49_DIR,
  4,
  {
    dates: { precision: 0.97, recall: 0.99 }, // 224/229, 224/225 (first run 220/226, 220/225)
    people: { precision: 0.96, recall: 0.96 }, // 53/55, 53/55 (first run 50/56, 50/55)
    agreements: { precision: 0.96, recall: 0.94 }, // 50/52, 50/53 (first run 36/49, 36/52)
    commitments: { precision: 0.85, recall: 0.87 }, // 41/48, 41/47 (first run 39/46, 39/47)
    events: { precision: 0.88, recall: 0.78 }, // 61/69, 61/78 (first run 50/63, 50/78)
    boilerplate: { precision: 1.0, recall: 0.93 }, // 47/47, 58/62 (first run 37/37, 43/62)
  },
);

describeTwelveDocumentSet(
  "fiftieth unseen set (six more pairs, mainstream sources at their real length: a national police force's news release, a navy's news story, a film funding agency's French release, a national daily's French story, a national news agency's English story, a Korean public health agency's English press release, a government daily's French story, a princely palace's French news item, a government's English news item on its portal, a national daily's story, a state National Guard's story on a defence media hub and a state news agency's English story)",
  labelled.UNSEEN_50_DIR,
  4,
  {
    dates: { precision: 0.97, recall: 1.0 }, // 235/241, 235/235 (first run 226/240, 226/235)
    people: { precision: 0.98, recall: 0.98 }, // 49/50, 49/50 (first run 42/48, 42/50)
    agreements: { precision: 0.95, recall: 0.85 }, // 58/61, 58/68 (first run 43/50, 43/68)
    commitments: { precision: 0.78, recall: 0.89 }, // 41/52, 41/46 (first run 40/53, 40/46)
    events: { precision: 0.87, recall: 0.67 }, // 57/65, 57/85 (first run 35/51, 35/85)
    boilerplate: { precision: 1.0, recall: 0.86 }, // 46/46, 57/66 (first run 41/42, 46/65)
  },
);
