import { overviewRouter } from "./overview.router";
import { staffAuthRouter } from "./staff-auth.router";
import { router } from "./trpc";

export const appRouter = router({
  staffAuth: staffAuthRouter,
  overview: overviewRouter,
});

export type AppRouter = typeof appRouter;
