import {
  getAchievementsUnlockedReport,
  getActiveUsersReport,
  getActivityReport,
  getFocusMinutesReport,
  getHabitCompletionReport,
  getSignUpCohortsReport,
  getTaskCompletionReport,
  reportFilterInputSchema,
  reportReaderRoles,
} from "@momentum/domain";
import { requireRole, router, staffProcedure } from "./trpc";

/** Reports are the analysts' work; admins see them too. */
export const analystProcedure = staffProcedure.use(requireRole(...reportReaderRoles));

const reportProcedure = analystProcedure.input(reportFilterInputSchema);

export const reportsRouter = router({
  activity: reportProcedure.query(({ ctx, input }) =>
    getActivityReport(ctx.deps.analyticsOrm.em.fork(), input),
  ),
  activeUsers: reportProcedure.query(({ ctx, input }) =>
    getActiveUsersReport(ctx.deps.analyticsOrm.em.fork(), input),
  ),
  signUpCohorts: reportProcedure.query(({ ctx, input }) =>
    getSignUpCohortsReport(ctx.deps.analyticsOrm.em.fork(), input),
  ),
  habitCompletion: reportProcedure.query(({ ctx, input }) =>
    getHabitCompletionReport(ctx.deps.analyticsOrm.em.fork(), input),
  ),
  taskCompletion: reportProcedure.query(({ ctx, input }) =>
    getTaskCompletionReport(ctx.deps.analyticsOrm.em.fork(), input),
  ),
  achievementsUnlocked: reportProcedure.query(({ ctx, input }) =>
    getAchievementsUnlockedReport(ctx.deps.analyticsOrm.em.fork(), ctx.em, input),
  ),
  focusMinutes: reportProcedure.query(({ ctx, input }) =>
    getFocusMinutesReport(ctx.deps.analyticsOrm.em.fork(), input),
  ),
});
