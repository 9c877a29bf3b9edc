/**
 * Scores PLOVER typing of sentences against a hand-annotated set: type accuracy over all sentences, precision and
 * recall per type, and how often the mode and the context agree where the annotation gives one.
 */
import { readFileSync } from "node:fs";
import { ZPloverCode, ZPloverContext, ZPloverMode } from "@ties/domain";
import { z } from "zod";
import { ploverOfSentence } from "../plover-sentence";

export const ZPloverSentenceSet = z.object({
  note: z.string().optional(),
  sentences: z.array(
    z.object({
      lang: z.enum(["en", "fr"]),
      text: z.string().min(1),
      code: ZPloverCode,
      mode: ZPloverMode.nullable(),
      context: ZPloverContext.nullable(),
    }),
  ),
});

export interface PloverReport {
  sentences: number;
  typeAccuracy: number;
  modeAccuracy: number;
  contextAccuracy: number;
  perType: Record<string, { expected: number; predicted: number; correct: number }>;
  misses: string[];
}

export function loadPloverSet(path: string) {
  return ZPloverSentenceSet.parse(JSON.parse(readFileSync(path, "utf8")));
}

export function scorePlover(set: z.infer<typeof ZPloverSentenceSet>): PloverReport {
  const perType: PloverReport["perType"] = {};
  const row = (code: string) => (perType[code] ??= { expected: 0, predicted: 0, correct: 0 });
  let typeRight = 0;
  let modeRight = 0;
  let modeTotal = 0;
  let contextRight = 0;
  let contextTotal = 0;
  const misses: string[] = [];
  for (const s of set.sentences) {
    const got = ploverOfSentence(s.text);
    const code = got?.code ?? "OTHER";
    row(s.code).expected++;
    row(code).predicted++;
    if (code === s.code) {
      typeRight++;
      row(code).correct++;
    } else misses.push(`${s.code} -> ${code} (${got?.verb ?? "no verb"}): ${s.text}`);
    if (s.mode !== null) {
      modeTotal++;
      if (got?.mode === s.mode) modeRight++;
    }
    if (s.context !== null) {
      contextTotal++;
      if (got?.context === s.context) contextRight++;
    }
  }
  const n = set.sentences.length;
  return {
    sentences: n,
    typeAccuracy: n ? typeRight / n : 1,
    modeAccuracy: modeTotal ? modeRight / modeTotal : 1,
    contextAccuracy: contextTotal ? contextRight / contextTotal : 1,
    perType,
    misses,
  };
}
