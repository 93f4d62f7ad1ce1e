import { StaffRole } from "@momentum/db";
import { getActivityReport, reportRangeInputSchema } from "@momentum/domain";
import { requireRole, router, staffProcedure } from "./trpc";

/** Reports are the analysts' work; admins see them too. */
const analystProcedure = staffProcedure.use(requireRole(StaffRole.Analyst, StaffRole.Admin));

export const reportsRouter = router({
  activity: analystProcedure
    .input(reportRangeInputSchema)
    .query(({ ctx, input }) => getActivityReport(ctx.deps.analyticsOrm.em.fork(), input)),
});
