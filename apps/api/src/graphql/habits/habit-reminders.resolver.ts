import { type HabitRow } from "@momentum/domain";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { type GraphqlContext } from "../context";
import { HabitReminderType } from "./habit-reminder.type";
import { HabitType } from "./habit.type";

/** A habit's reminder list, batched per request. */
@Resolver(() => HabitType)
export class HabitRemindersResolver {
  @FieldResolver(() => [HabitReminderType], {
    description: "In the order given; reminderTime is the earliest time among them",
  })
  async reminders(@Root() habit: HabitRow, @Ctx() context: GraphqlContext): Promise<HabitReminderType[]> {
    const reminders = await context.loaders.habitRemindersByHabitId.load(habit.id);
    return reminders.map(({ id, time, days }) => ({ id, time, days: days ?? null }));
  }
}
