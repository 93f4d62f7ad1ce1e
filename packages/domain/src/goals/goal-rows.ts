import { Goal, Milestone } from "@momentum/db";
import { plainRowsReader, type RowOf } from "../reading/plain-rows";

// What goal and milestone reads serve (their GraphQL fields and what they are computed from), no more.

export const findGoalRows = plainRowsReader(Goal, {
  scalars: [
    "id",
    "title",
    "description",
    "startDate",
    "targetDate",
    "status",
    "progress",
    "measurementType",
    "targetValue",
    "startValue",
    "currentValue",
    "completedAt",
    "isArchived",
    "createdAt",
    "updatedAt",
  ],
  relations: ["user", "category"],
});

export const findMilestoneRows = plainRowsReader(Milestone, {
  scalars: ["id", "title", "targetValue", "dueDate", "completedAt", "position", "createdAt", "updatedAt"],
  relations: ["goal", "user"],
});

/** A goal as goal lists read it: no entity, nothing tracked. A Goal entity is a GoalRow too. */
export type GoalRow = RowOf<typeof findGoalRows>;

/** A milestone as milestone lists read it. A Milestone entity is a MilestoneRow too. */
export type MilestoneRow = RowOf<typeof findMilestoneRows>;
