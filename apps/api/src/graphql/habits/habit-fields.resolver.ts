import { HABIT_LOGS_PAGE_MAX, type HabitRow, streaksAsOfToday } from "@momentum/domain";
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { CategoryObject } from "../categories/category.type";
import { type GraphqlContext } from "../context";
import { liveCategoryOf } from "../loaders/live-category";
import { CalendarDateScalar } from "../scalars";
import { HabitLogType } from "./habit-log.type";
import { HabitProgressType } from "./habit-progress.type";
import { HabitType } from "./habit.type";
import { StreakType } from "./streak.type";

/** The fields that are true for today: from each habit's kept checkpoint and recent logs in the owner's zone at read time, batched per request. */
@Resolver(() => HabitType)
export class HabitFieldsResolver {
  @FieldResolver(() => CategoryObject, { nullable: true, description: "Null when none or deleted" })
  category(@Root() habit: HabitRow, @Ctx() context: GraphqlContext) {
    return liveCategoryOf(context.loaders, habit.category);
  }

  @FieldResolver(() => Int, {
    description: "Scheduled days or periods in a row, as of today in the user's zone",
  })
  async currentStreak(@Root() habit: HabitRow, @Ctx() context: GraphqlContext) {
    return (await context.loaders.habitStreaks.load(habit)).current;
  }

  @FieldResolver(() => HabitProgressType)
  async progress(@Root() habit: HabitRow, @Ctx() context: GraphqlContext) {
    return (await context.loaders.habitEvaluation.load(habit)).progress;
  }

  @FieldResolver(() => [HabitLogType], {
    description: `Oldest first; from and to are inclusive. At most \`first\` logs (1..${HABIT_LOGS_PAGE_MAX}, default ${HABIT_LOGS_PAGE_MAX}): the oldest of the range; for the next page ask again from the day after the last one`,
  })
  logs(
    @Root() habit: HabitRow,
    @Arg("from", () => CalendarDateScalar, { nullable: true }) from: string | null,
    @Arg("to", () => CalendarDateScalar, { nullable: true }) to: string | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: HABIT_LOGS_PAGE_MAX }) first: number | null,
    @Ctx() context: GraphqlContext,
  ) {
    return context.loaders.habitLogsBetween({ from, to, first }).load(habit.id);
  }

  @FieldResolver(() => [StreakType], { description: "Oldest first" })
  async streaks(@Root() habit: HabitRow, @Ctx() context: GraphqlContext) {
    const [rows, evaluation] = await Promise.all([
      context.loaders.streakRows.load(habit),
      context.loaders.habitEvaluation.load(habit),
    ]);
    return streaksAsOfToday(rows, evaluation);
  }
}
