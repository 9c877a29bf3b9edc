/**
 * What the rule tests read from an extraction, in one place: a test states its text, publication day, language and
 * pair, and compares the few fields its rule decides.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { classifyBoilerplate } from "./boilerplate";
import { FIXTURES_DIR } from "./evaluation/labelled-set";
import { eventTriggers } from "./events";
import { extract } from "./extract";

export interface ReadAs {
  published: string;
  lang?: "en" | "fr";
  pair?: [string, string];
}

export const read = (text: string, as: ReadAs) => extract(text, { published: as.published, lang: as.lang ?? "en", pair: as.pair });

/** Each event as [date, type, city]. */
export const eventsOf = (text: string, as: ReadAs) => read(text, as).events.map((e) => [e.date, e.type, e.location.city]);

/** Each pledge as [its sentence, due]. */
export const pledgesOf = (text: string, as: ReadAs) => read(text, as).commitments.map((c) => [c.text.trim(), c.due]);

/** Each agreement action as [name, action, date]. */
export const actionsOf = (text: string, as: ReadAs) =>
  read(text, as)
    .agreements.filter((a) => a.action)
    .map((a) => [a.name, a.action, a.date]);

/** The event types a sentence reports, in order. */
export const triggerTypes = (sentence: string) => eventTriggers(sentence, 0).map((t) => t.type);

/** Whether the phrase lies wholly in a span the boilerplate rules remove. */
export function isRemoved(text: string, phrase: string): boolean {
  const at = text.indexOf(phrase);
  return classifyBoilerplate(text).some((b) => b.removed && b.start <= at && at + phrase.length <= b.end);
}

/** Every text of the labelled sets (each `.txt` under the fixtures' folder), for tests that run a pattern over all of them. */
export function labelledTexts(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".txt")) found.push(readFileSync(path, "utf8"));
    }
  };
  walk(FIXTURES_DIR);
  return found;
}
