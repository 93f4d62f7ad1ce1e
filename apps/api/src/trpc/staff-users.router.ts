import { StaffRole } from "@momentum/db";
import {
  addStaffMember,
  addStaffMemberInputSchema,
  changeStaffRole,
  changeStaffRoleInputSchema,
  deactivateStaffAccount,
  listStaffMembers,
  reactivateStaffAccount,
  staffAccountRefSchema,
} from "@momentum/domain";
import { staffActorOf } from "./staff-actor";
import { requireRole, router, staffProcedure } from "./trpc";

/** Only admins manage staff accounts; every change is audited by the domain. */
const adminProcedure = staffProcedure.use(requireRole(StaffRole.Admin));

export const staffUsersRouter = router({
  list: adminProcedure.query(({ ctx }) => listStaffMembers(ctx.em)),

  create: adminProcedure
    .input(addStaffMemberInputSchema)
    .mutation(({ ctx, input }) =>
      addStaffMember(ctx.em, staffActorOf(ctx), input, { bcryptCost: ctx.deps.config.bcryptCost }),
    ),

  changeRole: adminProcedure
    .input(changeStaffRoleInputSchema)
    .mutation(({ ctx, input }) => changeStaffRole(ctx.em, staffActorOf(ctx), input)),

  deactivate: adminProcedure
    .input(staffAccountRefSchema)
    .mutation(({ ctx, input }) => deactivateStaffAccount(ctx.em, staffActorOf(ctx), input)),

  reactivate: adminProcedure
    .input(staffAccountRefSchema)
    .mutation(({ ctx, input }) => reactivateStaffAccount(ctx.em, staffActorOf(ctx), input)),
});
