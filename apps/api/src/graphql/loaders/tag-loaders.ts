import { type EntityManager } from "@mikro-orm/postgresql";
import { tagsOfHabits, tagsOfTasks, type TagRow } from "@momentum/domain";
import DataLoader from "dataloader";

/** The tags of every task and habit a request shows, one statement per kind. */
export const createTagLoaders = (em: EntityManager) => ({
  tagsByTaskId: new DataLoader<string, TagRow[]>(async (taskIds) => {
    const byTask = await tagsOfTasks(em, taskIds);
    return taskIds.map((id) => byTask.get(id) ?? []);
  }),
  tagsByHabitId: new DataLoader<string, TagRow[]>(async (habitIds) => {
    const byHabit = await tagsOfHabits(em, habitIds);
    return habitIds.map((id) => byHabit.get(id) ?? []);
  }),
});
