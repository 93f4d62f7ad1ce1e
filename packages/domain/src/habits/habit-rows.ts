import { Habit } from "@momentum/db";
import { plainRowsReader, type RowOf } from "../reading/plain-rows";

/** Habit rows with what habit reads serve (their GraphQL fields and what today's state is computed from). */
export const findHabitRows = plainRowsReader(Habit, {
  scalars: [
    "id",
    "title",
    "description",
    "frequencyType",
    "frequencyConfig",
    "startDate",
    "endDate",
    "currentStreak",
    "longestStreak",
    "totalCompletions",
    "lastCompletedAt",
    "streakCheckpoint",
    "reminderTime",
    "isArchived",
    "unit",
    "targetValue",
    "targetType",
    "createdAt",
    "updatedAt",
  ],
  relations: ["user", "category"],
});

/** A habit as habit lists read it: no entity, nothing tracked. A Habit entity is a HabitRow too. */
export type HabitRow = RowOf<typeof findHabitRows>;
