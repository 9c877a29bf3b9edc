/** Runs the labelled set and holds the extractor to its quality and speed targets. */
import { describe, expect, it } from "vitest";
import { HELD_OUT_DIR, type LoadedDocument, loadLabelledSet, seedsAvailable } from "../src/evaluation/labelled-set";
import { evaluate, precision, recall } from "../src/evaluation/score-labelled-set";

const { documents, known } = loadLabelledSet();
const own = documents.filter((d) => "file" in d.doc.source);

function assertTargets(docs: readonly LoadedDocument[]) {
  const r = evaluate(docs, known, 5);
  expect(r.unavailable).toEqual([]);
  expect(recall(r.fields.dates)).toBeGreaterThanOrEqual(0.95);
  expect(recall(r.fields.people)).toBeGreaterThanOrEqual(0.9);
  expect(precision(r.fields.people)).toBeGreaterThanOrEqual(0.9);
  expect(recall(r.fields.agreements)).toBeGreaterThanOrEqual(0.85);
  expect(recall(r.fields.commitments)).toBeGreaterThanOrEqual(0.75);
  expect(r.forbiddenPairRecords).toEqual([]);
  expect(r.fromBoilerplate).toEqual([]);
  expect(recall(r.fields.boilerplate)).toBeGreaterThanOrEqual(0.9);
  expect(r.msPer10Kb).toBeLessThanOrEqual(50);
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
