/**
 * What every extraction stage shares: the kept text, its sentences, dates, people and places, and the questions the
 * stages ask of them (which sentence is about the pair, who the people in a span are). Built once by `extract()`.
 */
import type { ExtractOptions, KnownSnapshot } from "@ties/domain";
import type { DateHit } from "./date-expressions";
import type { Dateline } from "./dateline";
import type { Person } from "./people";
import type { Place } from "./places";
import type { Sentence } from "./sentence-splitter";
import type { Span } from "./text-span";

export interface ExtractionContext {
  opts: ExtractOptions & { published: string };
  pair: readonly [string, string];
  known: KnownSnapshot;
  lang: "en" | "fr";
  /** The text with boilerplate masked to spaces: offsets are the original's. */
  kept: string;
  sentences: readonly Sentence[];
  sentenceOf: (offset: number) => Sentence | undefined;
  datelines: readonly Dateline[];
  dateHits: readonly DateHit[];
  datesIn: (s: Span) => DateHit[];
  people: readonly Person[];
  placeMentions: readonly Place[];
  aboutPair: boolean;
  /** The country the text is written from (its masthead, dateline or publisher), if any. */
  home: string | undefined;
  /** The writer's town: named on the page's first line when that line is the site's masthead ("..., Seoul"), else on the street address in its footer, if any. */
  homeTown: Place | undefined;
  personAt: (start: number, end: number) => Person | undefined;
  peopleIn: (s: Span) => Person[];
  lastPersonBefore: (offset: number) => Person | undefined;
  sentenceParties: (s: Sentence) => Set<string>;
  lastTwoSides: (s: Sentence) => "pair" | "other" | "none";
  sentenceIsPair: (s: Sentence) => boolean;
}

export const round = (n: number) => Math.round(n * 100) / 100;
