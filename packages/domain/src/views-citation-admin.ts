/** Citations as curators manage them on a record: every citation, whatever its source's state, with its version. */
import { z } from "zod";
import { ZId, ZPublicationState, ZRecordKind, zText } from "./common";
import { ZSourceGrade } from "./source";
import { ZBaseVersion } from "./views-curation";

export const ZCitationsOfRecordInput = z.object({ kind: ZRecordKind, id: ZId });

export const ZAdminCitation = z.object({
  id: ZId,
  version: z.number().int().positive(),
  sourceId: ZId,
  sourceTitle: z.string(),
  sourceState: ZPublicationState,
  grade: ZSourceGrade,
  field: z.string().nullable(),
  quote: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});
export type AdminCitation = z.infer<typeof ZAdminCitation>;

export const ZRemoveCitationInput = z.object({ id: ZId, baseVersion: ZBaseVersion, reason: zText(1000).min(1).optional() });
export type RemoveCitationInput = z.infer<typeof ZRemoveCitationInput>;
