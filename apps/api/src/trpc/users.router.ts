import {
  deleteUserAccount,
  endUserSessions,
  exportUserData,
  getUserAccount,
  reactivateUser,
  searchUsers,
  searchUsersInputSchema,
  sendPasswordResetForUser,
  supportActionsFor,
  supportPermissions,
  suspendUser,
  userAccountActionSchema,
  userAccountRefSchema,
} from "@momentum/domain";
import { staffActorOf } from "./staff-actor";
import { requireRole, router, staffProcedure } from "./trpc";

/** A procedure for the roles the domain's support table allows for `action`. */
const allowedTo = (action: keyof typeof supportPermissions) =>
  staffProcedure.use(requireRole(...supportPermissions[action]));

/** The support desk: find a mobile user, see their account, and act on it by role (each action audited). */
export const usersRouter = router({
  search: allowedTo("viewUsers")
    .input(searchUsersInputSchema)
    .query(({ ctx, input }) => searchUsers(ctx.em, input)),

  /** The account, with what the signed-in staff member may do with it (the page offers only that). */
  get: allowedTo("viewUsers")
    .input(userAccountRefSchema)
    .query(async ({ ctx, input }) => ({
      ...(await getUserAccount(ctx.em, ctx.deps.analyticsOrm.em.fork(), input.userId, ctx.now)),
      allowedActions: supportActionsFor(ctx.staff.user.role),
    })),

  endSessions: allowedTo("endSessions")
    .input(userAccountActionSchema)
    .mutation(({ ctx, input }) =>
      endUserSessions({ em: ctx.em, redis: ctx.deps.redis }, staffActorOf(ctx), input, ctx.now),
    ),

  sendPasswordReset: allowedTo("sendPasswordReset")
    .input(userAccountActionSchema)
    .mutation(({ ctx, input }) => sendPasswordResetForUser(ctx.em, staffActorOf(ctx), input, ctx.now)),

  suspend: allowedTo("suspend")
    .input(userAccountActionSchema)
    .mutation(({ ctx, input }) =>
      suspendUser({ em: ctx.em, redis: ctx.deps.redis }, staffActorOf(ctx), input, ctx.now),
    ),

  reactivate: allowedTo("reactivate")
    .input(userAccountActionSchema)
    .mutation(({ ctx, input }) => reactivateUser(ctx.em, staffActorOf(ctx), input)),

  exportData: allowedTo("exportData")
    .input(userAccountActionSchema)
    .mutation(({ ctx, input }) => exportUserData(ctx.em, staffActorOf(ctx), input, ctx.now)),

  delete: allowedTo("deleteAccount")
    .input(userAccountActionSchema)
    .mutation(({ ctx, input }) =>
      deleteUserAccount({ em: ctx.em, redis: ctx.deps.redis }, staffActorOf(ctx), input, ctx.now),
    ),
});
