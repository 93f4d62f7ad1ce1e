import { overviewRouter } from "./overview.router";
import { parkedMessagesRouter } from "./parked-messages.router";
import { staffAuthRouter } from "./staff-auth.router";
import { router } from "./trpc";

export const appRouter = router({
  staffAuth: staffAuthRouter,
  overview: overviewRouter,
  parkedMessages: parkedMessagesRouter,
});

export type AppRouter = typeof appRouter;
