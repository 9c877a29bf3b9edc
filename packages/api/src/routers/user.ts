/** User and role management: admins only. Nothing about users is public. */
import { page, ZBanInput, ZCreateUserInput, ZSetRoleInput, ZUnbanInput, ZUserListInput, ZUserView } from "@ties/domain";
import { adminProcedure, router } from "../trpc";
import { createUser, listUsers, setUserBanned, setUserRole } from "../user-accounts";

export const userRouter = router({
  list: adminProcedure
    .input(ZUserListInput)
    .output(page(ZUserView))
    .query(({ ctx, input }) => listUsers(ctx.db, input)),
  create: adminProcedure
    .input(ZCreateUserInput)
    .output(ZUserView)
    .mutation(({ ctx, input }) => createUser(ctx.db, ctx.user, input)),
  setRole: adminProcedure
    .input(ZSetRoleInput)
    .output(ZUserView)
    .mutation(({ ctx, input }) => setUserRole(ctx.db, ctx.user, input)),
  ban: adminProcedure
    .input(ZBanInput)
    .output(ZUserView)
    .mutation(({ ctx, input }) => setUserBanned(ctx.db, ctx.user, { userId: input.userId, banned: true, reason: input.reason })),
  unban: adminProcedure
    .input(ZUnbanInput)
    .output(ZUserView)
    .mutation(({ ctx, input }) => setUserBanned(ctx.db, ctx.user, { userId: input.userId, banned: false })),
});
