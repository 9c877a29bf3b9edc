/** The curation procedures of each reviewable kind, picked by kind name. */
import "server-only";
import type { ReviewableKind } from "@ties/domain";
import type { serverApi } from "./services";

type Api = Awaited<ReturnType<typeof serverApi>>["api"];

export function recordRouter(api: Api, kind: ReviewableKind) {
  return {
    event: api.event,
    agreement: api.agreement,
    commitment: api.commitment,
    person: api.person,
    organization: api.organization,
    area: api.area,
    source: api.source,
    claim: api.claim,
  }[kind];
}
