import { getOverviewCounts } from "@momentum/domain";
import { router, staffProcedure } from "./trpc";

export const overviewRouter = router({
  counts: staffProcedure.query(({ ctx }) => getOverviewCounts(ctx.em, { now: ctx.now })),
});
