/** The audit log for curators: every change to every record, filtered and paginated. */
import { listAuditActors, listAuditEntries } from "@ties/db";
import { page, ZAuditActor, ZAuditEntryView, ZAuditListInput } from "@ties/domain";
import { z } from "zod";
import { curatorProcedure, router } from "../trpc";

export const auditRouter = router({
  list: curatorProcedure
    .input(ZAuditListInput)
    .output(page(ZAuditEntryView))
    .query(({ ctx, input }) => listAuditEntries(ctx.db, input)),
  /** Who appears in the log: the choices of its "user" filter. */
  actors: curatorProcedure
    .input(z.void())
    .output(z.array(ZAuditActor))
    .query(({ ctx }) => listAuditActors(ctx.db)),
});
