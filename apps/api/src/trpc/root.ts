import { auditLogRouter } from "./audit-log.router";
import { overviewRouter } from "./overview.router";
import { parkedMessagesRouter } from "./parked-messages.router";
import { reportsRouter } from "./reports.router";
import { staffAuthRouter } from "./staff-auth.router";
import { staffUsersRouter } from "./staff-users.router";
import { router } from "./trpc";
import { usersRouter } from "./users.router";

export const appRouter = router({
  staffAuth: staffAuthRouter,
  overview: overviewRouter,
  parkedMessages: parkedMessagesRouter,
  staffUsers: staffUsersRouter,
  reports: reportsRouter,
  auditLog: auditLogRouter,
  users: usersRouter,
});

export type AppRouter = typeof appRouter;
