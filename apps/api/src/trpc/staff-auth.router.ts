import type { StaffUser } from "@momentum/db";
import {
  invalidateStaffSession,
  recordAudit,
  signInStaff,
  StaffAuditAction,
  staffSignInInputSchema,
} from "@momentum/domain";
import { publicProcedure, router, staffProcedure } from "./trpc";

/** What the dashboard may know about a staff member: never the password hash. */
const staffProfileOf = (staffUser: StaffUser) => ({
  id: staffUser.id,
  email: staffUser.email,
  fullName: staffUser.fullName,
  role: staffUser.role,
});

export const staffAuthRouter = router({
  signIn: publicProcedure.input(staffSignInInputSchema).mutation(async ({ ctx, input }) => {
    const { config, passwordThrottle } = ctx.deps;
    const { token, session, staffUser } = await signInStaff(ctx.em, input, {
      throttle: passwordThrottle,
      bcryptCost: config.bcryptCost,
      lifetime: { days: config.staffSessionTtlDays },
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      now: ctx.now,
    });
    recordAudit(ctx.em, { staffUserId: staffUser.id, action: StaffAuditAction.SignIn, ip: ctx.ip });
    ctx.setSessionCookie(token, session.expiresAt);
    return staffProfileOf(staffUser);
  }),

  signOut: staffProcedure.mutation(async ({ ctx }) => {
    await invalidateStaffSession(ctx.em, ctx.staff.session.id);
    recordAudit(ctx.em, { staffUserId: ctx.staff.user.id, action: StaffAuditAction.SignOut, ip: ctx.ip });
    ctx.clearSessionCookie();
    return { signedOut: true };
  }),

  /** Null rather than an error when signed out, so pages can decide where to send the visitor. */
  me: publicProcedure.query(({ ctx }) => (ctx.staff ? staffProfileOf(ctx.staff.user) : null)),
});
