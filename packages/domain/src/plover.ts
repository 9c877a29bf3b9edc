/**
 * Event types and their PLOVER coding. PLOVER (Political Language Ontology for Verifiable
 * Event Records) succeeded CAMEO; coding events with it lets Ties data join event datasets.
 */
import { z } from "zod";

export const EVENT_TYPES = [
  "meeting",
  "visit",
  "summit",
  "dialogue_round",
  "phone_call",
  "joint_statement",
  "signing",
  "exercise",
  "commemoration",
  "other",
] as const;
export const ZEventType = z.enum(EVENT_TYPES);
export type EventType = z.infer<typeof ZEventType>;

/**
 * PLOVER's event types (the 2021 CAMEO-to-PLOVER table spells REQUEST as DEMAND; Ties uses REQUEST, the
 * manual's name) and OTHER for what PLOVER does not code.
 */
export const PLOVER_CODES = [
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "CONCEDE",
  "COOPERATE",
  "AID",
  "RETREAT",
  "REQUEST",
  "ACCUSE",
  "REJECT",
  "THREATEN",
  "PROTEST",
  "SANCTION",
  "MOBILIZE",
  "COERCE",
  "ASSAULT",
  "OTHER",
] as const;
export const ZPloverCode = z.enum(PLOVER_CODES);
export type PloverCode = z.infer<typeof ZPloverCode>;

/**
 * PLOVER modes: how an event was done (CONSULT by phone, visit, host or in a third place; REQUEST to meet or for
 * assistance; ...). "multilateral", "settle", "military" and "diplomatic" are kept as modes for records coded before
 * contexts were separate.
 */
export const PLOVER_MODES = [
  "visit",
  "host",
  "phone",
  "third-party",
  "multilateral",
  "settle",
  "military",
  "diplomatic",
  "meet",
  "assist",
  "change",
  "yield",
  "disapprove",
  "investigate",
  "release",
  "withdraw",
  "ceasefire",
  "demo",
  "boycott",
  "restrict",
  "expel",
  "troops",
  "arrest",
  "violence",
] as const;
export const ZPloverMode = z.enum(PLOVER_MODES);
export type PloverMode = z.infer<typeof ZPloverMode>;

/** PLOVER contexts: what the event is about. */
export const PLOVER_CONTEXTS = [
  "diplomatic",
  "military",
  "economic",
  "legal",
  "intelligence",
  "humanitarian",
  "political_institutions",
  "rights_freedoms",
  "peacekeeping",
  "executive",
] as const;
export const ZPloverContext = z.enum(PLOVER_CONTEXTS);
export type PloverContextKind = z.infer<typeof ZPloverContext>;

export const ZPlover = z.object({ code: ZPloverCode, mode: ZPloverMode.nullable(), context: ZPloverContext.nullable().optional() });
export type Plover = z.infer<typeof ZPlover>;

export interface PloverContext {
  /** Held on the sidelines of, or as part of, a multilateral gathering. */
  multilateral?: boolean;
  /** Held in a country that is neither party. */
  thirdCountry?: boolean;
}

/**
 * The one table mapping Ties event types onto PLOVER, as PLOVER's CAMEO conversion codes them: a meeting is
 * CONSULT (CAMEO 04), a call CONSULT by phone (041), a visit CONSULT visit (042), a signing SUPPORT in the
 * diplomatic context (057 "Sign formal agreement"), a joint statement of intent AGREE (03), an exercise COOPERATE
 * military (062), a commemoration SUPPORT diplomatic (050).
 */
export const EVENT_TYPE_PLOVER: Record<
  EventType,
  { code: PloverCode; mode: PloverMode | null; context: PloverContextKind | null; consultByPlace?: true }
> = {
  meeting: { code: "CONSULT", mode: "visit", context: "diplomatic", consultByPlace: true },
  summit: { code: "CONSULT", mode: "visit", context: "diplomatic", consultByPlace: true },
  dialogue_round: { code: "CONSULT", mode: "visit", context: "diplomatic", consultByPlace: true },
  visit: { code: "CONSULT", mode: "visit", context: "diplomatic" },
  phone_call: { code: "CONSULT", mode: "phone", context: "diplomatic" },
  joint_statement: { code: "AGREE", mode: "diplomatic", context: "diplomatic" },
  signing: { code: "SUPPORT", mode: "diplomatic", context: "diplomatic" },
  exercise: { code: "COOPERATE", mode: "military", context: "military" },
  commemoration: { code: "SUPPORT", mode: "diplomatic", context: "diplomatic" },
  other: { code: "OTHER", mode: null, context: null },
};

/** Maps a Ties event type, with where it happened, to its PLOVER code, mode and context. */
export function ploverFor(type: EventType, ctx: PloverContext = {}): Plover {
  const row = EVENT_TYPE_PLOVER[type];
  const mode: PloverMode | null = row.consultByPlace
    ? ctx.multilateral
      ? "multilateral"
      : ctx.thirdCountry
        ? "third-party"
        : row.mode
    : row.mode;
  return { code: row.code, mode, context: row.context };
}
