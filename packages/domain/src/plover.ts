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

export const PLOVER_CODES = ["CONSULT", "AGREE", "COOPERATE", "SUPPORT", "AID", "OTHER"] as const;
export const ZPloverCode = z.enum(PLOVER_CODES);
export type PloverCode = z.infer<typeof ZPloverCode>;

/** PLOVER modes used by Ties (CONSULT's modes; AGREE/COOPERATE's sub-kinds). */
export const PLOVER_MODES = ["visit", "host", "phone", "third-party", "multilateral", "settle", "military", "diplomatic"] as const;
export const ZPloverMode = z.enum(PLOVER_MODES);
export type PloverMode = z.infer<typeof ZPloverMode>;

export const ZPlover = z.object({ code: ZPloverCode, mode: ZPloverMode.nullable() });
export type Plover = z.infer<typeof ZPlover>;

export interface PloverContext {
  /** Held on the sidelines of, or as part of, a multilateral gathering. */
  multilateral?: boolean;
  /** Held in a country that is neither party. */
  thirdCountry?: boolean;
}

/** Maps a Ties event type, with where it happened, to its PLOVER code and mode. */
export function ploverFor(type: EventType, ctx: PloverContext = {}): Plover {
  const consultMode: PloverMode = ctx.multilateral ? "multilateral" : ctx.thirdCountry ? "third-party" : "visit";
  switch (type) {
    case "meeting":
    case "summit":
    case "dialogue_round":
      return { code: "CONSULT", mode: consultMode };
    case "visit":
      return { code: "CONSULT", mode: "visit" };
    case "phone_call":
      return { code: "CONSULT", mode: "phone" };
    case "joint_statement":
    case "signing":
      return { code: "AGREE", mode: "diplomatic" };
    case "exercise":
      return { code: "COOPERATE", mode: "military" };
    case "commemoration":
      return { code: "COOPERATE", mode: "diplomatic" };
    case "other":
      return { code: "OTHER", mode: null };
  }
}
