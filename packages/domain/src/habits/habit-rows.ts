import { type EntityManager } from "@mikro-orm/postgresql";
import { type FilterQuery, type QueryOrderMap } from "@mikro-orm/core";
import { Habit } from "@momentum/db";
import { findPlainRows, type PlainRow } from "../reading/plain-rows";

/** What habit reads serve (their GraphQL fields and what today's state is computed from), no more. */
const habitRowProperties = {
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
    "createdAt",
    "updatedAt",
  ],
  relations: ["user", "category"],
} as const;

/** A habit as habit lists read it: no entity, nothing tracked. A Habit entity is a HabitRow too. */
export type HabitRow = PlainRow<
  Habit,
  (typeof habitRowProperties.scalars)[number],
  (typeof habitRowProperties.relations)[number]
>;

export const findHabitRows = (
  em: EntityManager,
  where: FilterQuery<Habit>,
  options: { orderBy?: QueryOrderMap<Habit> } = {},
): Promise<HabitRow[]> => findPlainRows(em, Habit, habitRowProperties, where, options);
