import { type EntityManager } from "@mikro-orm/postgresql";
import { type HabitReminder, type TaskReminder } from "@momentum/db";
import { findHabitReminders, findTaskReminders } from "@momentum/domain";
import DataLoader from "dataloader";
import { groupedBy } from "./task-loaders";

// Not cached: a list replaced by a mutation earlier in the same request is read afresh.

/** The reminder lists of many tasks and habits, one query each per request tick. */
export const createReminderLoaders = (em: EntityManager) => ({
  taskRemindersByTaskId: new DataLoader<string, TaskReminder[]>(
    async (taskIds) =>
      groupedBy(taskIds, await findTaskReminders(em, taskIds), (reminder) => reminder.task.id),
    { cache: false },
  ),
  habitRemindersByHabitId: new DataLoader<string, HabitReminder[]>(
    async (habitIds) =>
      groupedBy(habitIds, await findHabitReminders(em, habitIds), (reminder) => reminder.habit.id),
    { cache: false },
  ),
});
