/** Citations (a quoted span of a source for a record or one field): curation. Public reads come with each record. */
import { adminCitationsOf, citationStore, removeCitation } from "@ties/db";
import {
  ZAdminCitation,
  ZAdminRecord,
  ZCitationInput,
  ZCitationsOfRecordInput,
  ZHistoryInput,
  ZRemoveCitationInput,
  ZWriteResult,
} from "@ties/domain";
import { z } from "zod";
import { actorOf, assertMayEdit } from "../edit-policy";
import { curatorProcedure, router } from "../trpc";
import { adminRecordFor, editProcedures } from "./curation-procedures";

export const citationRouter = router({
  adminById: curatorProcedure
    .input(ZHistoryInput)
    .output(ZAdminRecord(ZCitationInput))
    .query(({ ctx, input }) => adminRecordFor(citationStore, ctx.db, input.id)),
  ...editProcedures(citationStore),
  /** Every citation of a record, whatever its source's state, with its version for re-pointing or removing. */
  ofRecord: curatorProcedure
    .input(ZCitationsOfRecordInput)
    .output(z.array(ZAdminCitation))
    .query(({ ctx, input }) => adminCitationsOf(ctx.db, input.kind, input.id)),
  /** Removes a citation; a curator only from a record that is not yet published (see edit-policy). */
  remove: curatorProcedure
    .input(ZRemoveCitationInput)
    .output(ZWriteResult)
    .mutation(async ({ ctx, input }) => {
      await assertMayEdit(ctx.db, ctx.user, citationStore, input.id);
      return removeCitation(ctx.db, input.id, { actor: actorOf(ctx.user), baseVersion: input.baseVersion, reason: input.reason });
    }),
});
