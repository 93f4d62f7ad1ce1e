import { type TaskRow, taskReminderViewOf } from "@momentum/domain";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { type GraphqlContext } from "../context";
import { TaskReminderType } from "./task-reminder.type";
import { TaskType } from "./task.type";

/** A task's reminder list, batched per request. */
@Resolver(() => TaskType)
export class TaskRemindersResolver {
  @FieldResolver(() => [TaskReminderType], {
    description: "In the order given; reminderTime is the earliest instant among them",
  })
  async reminders(@Root() task: TaskRow, @Ctx() context: GraphqlContext): Promise<TaskReminderType[]> {
    const reminders = await context.loaders.taskRemindersByTaskId.load(task.id);
    return reminders.map((reminder) => taskReminderViewOf(reminder, task));
  }
}
