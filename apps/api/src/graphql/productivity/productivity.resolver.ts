import { listDailyProductivity, logFocusSession } from "@momentum/domain";
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { viewerOf } from "../auth-checker";
import { type GraphqlContext } from "../context";
import { CalendarDateScalar } from "../scalars";
import { DailyProductivityType } from "./daily-productivity.type";

@Authorized()
@Resolver()
export class ProductivityResolver {
  @Query(() => [DailyProductivityType], {
    description:
      "Every day from `from` to `to` (at most 366), from the analytics database; updated within seconds",
  })
  productivity(
    @Arg("from", () => CalendarDateScalar) from: string,
    @Arg("to", () => CalendarDateScalar) to: string,
    @Ctx() context: GraphqlContext,
  ) {
    return listDailyProductivity(context.deps.analyticsOrm.em.fork(), viewerOf(context).userId, from, to);
  }

  @Mutation(() => Boolean, { description: "Logs minutes of focused work for today, optionally on a task" })
  logFocusSession(
    @Arg("minutes", () => Int) minutes: number,
    @Arg("taskId", () => ID, { nullable: true }) taskId: string | null,
    @Ctx() context: GraphqlContext,
  ) {
    return logFocusSession(context.em, viewerOf(context).userId, { minutes, taskId }, context.now);
  }
}
