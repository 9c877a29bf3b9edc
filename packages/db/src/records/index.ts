/** Every curated record kind's store, by kind. */
import type { RecordKind } from "@ties/domain";
import { agreementStore } from "./agreement-store";
import { areaStore } from "./area-store";
import { citationStore } from "./citation-store";
import { claimStore } from "./claim-store";
import { commitmentStore } from "./commitment-store";
import { eventStore } from "./event-store";
import { organizationStore } from "./organization-store";
import { personStore } from "./person-store";
import { positionStore } from "./position-store";
import type { RecordStore } from "./record-store";
import { sourceStore } from "./source-store";

export const STORES = {
  organization: organizationStore,
  person: personStore,
  position: positionStore,
  event: eventStore,
  agreement: agreementStore,
  commitment: commitmentStore,
  area: areaStore,
  source: sourceStore,
  citation: citationStore,
  claim: claimStore,
} as const;

export type CuratedKind = keyof typeof STORES;
export const CURATED_KINDS = Object.keys(STORES) as CuratedKind[];

export function storeFor(kind: RecordKind): RecordStore | null {
  return kind in STORES ? STORES[kind as CuratedKind] : null;
}

export * from "./record-store";
export {
  agreementStore,
  areaStore,
  citationStore,
  claimStore,
  commitmentStore,
  eventStore,
  organizationStore,
  personStore,
  positionStore,
  sourceStore,
};
