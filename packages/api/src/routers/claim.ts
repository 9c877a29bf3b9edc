/** Claims and their verdicts: public reads; curation procedures (signed in, role-checked). */
import { claimStore, getClaim, listClaims } from "@ties/db";
import {
  ZAdminListState,
  ZAdminRecord,
  ZByIdInput,
  ZBySlugInput,
  ZClaimDetail,
  ZClaimInput,
  ZClaimListInput,
  ZClaimSummary,
  ZHistoryInput,
  ZSetVerdictInput,
  ZWriteResult,
  page,
} from "@ties/domain";
import { setClaimVerdict } from "../claim-checking";
import { requireFound } from "../require-found";
import { curatorProcedure, editorProcedure, publicProcedure, router } from "../trpc";
import { adminRecordFor, recordProcedures } from "./curation-procedures";

export const claimRouter = router({
  list: publicProcedure
    .input(ZClaimListInput)
    .output(page(ZClaimSummary))
    .query(({ ctx, input }) => listClaims(ctx.db, input, { publicOnly: true })),
  byId: publicProcedure
    .input(ZByIdInput)
    .output(ZClaimDetail)
    .query(async ({ ctx, input }) => requireFound(await getClaim(ctx.db, input.id, { publicOnly: true }), "published claim", input.id)),
  bySlug: publicProcedure
    .input(ZBySlugInput)
    .output(ZClaimDetail)
    .query(async ({ ctx, input }) => requireFound(await getClaim(ctx.db, input.slug, { publicOnly: true }), "published claim", input.slug)),
  // Curation: curators draft and submit, editors publish and restore.
  adminList: curatorProcedure
    .input(ZClaimListInput.extend(ZAdminListState.shape))
    .output(page(ZClaimSummary))
    .query(({ ctx, input }) => listClaims(ctx.db, input, { publicOnly: false, state: input.state })),
  adminById: curatorProcedure
    .input(ZHistoryInput)
    .output(ZAdminRecord(ZClaimInput))
    .query(({ ctx, input }) => adminRecordFor(claimStore, ctx.db, input.id)),
  ...recordProcedures(claimStore),
  /** Editors only: a curator's draft never carries a judgement (see edit-policy). */
  setVerdict: editorProcedure
    .input(ZSetVerdictInput)
    .output(ZWriteResult)
    .mutation(({ ctx, input }) => setClaimVerdict(ctx.db, ctx.user, input)),
});
