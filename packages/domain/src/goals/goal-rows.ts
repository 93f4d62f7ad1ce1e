import { type EntityManager } from "@mikro-orm/postgresql";
import { type FilterQuery, type QueryOrderMap } from "@mikro-orm/core";
import { Goal, Milestone } from "@momentum/db";
import { findPlainRows, type PlainRow } from "../reading/plain-rows";

// What goal and milestone reads serve (their GraphQL fields and what they are computed from), no more.

const goalRowProperties = {
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
} as const;

const milestoneRowProperties = {
  scalars: ["id", "title", "targetValue", "dueDate", "completedAt", "position", "createdAt", "updatedAt"],
  relations: ["goal", "user"],
} as const;

/** A goal as goal lists read it: no entity, nothing tracked. A Goal entity is a GoalRow too. */
export type GoalRow = PlainRow<
  Goal,
  (typeof goalRowProperties.scalars)[number],
  (typeof goalRowProperties.relations)[number]
>;

/** A milestone as milestone lists read it. A Milestone entity is a MilestoneRow too. */
export type MilestoneRow = PlainRow<
  Milestone,
  (typeof milestoneRowProperties.scalars)[number],
  (typeof milestoneRowProperties.relations)[number]
>;

export const findGoalRows = (
  em: EntityManager,
  where: FilterQuery<Goal>,
  options: { orderBy?: QueryOrderMap<Goal> } = {},
): Promise<GoalRow[]> => findPlainRows(em, Goal, goalRowProperties, where, options);

export const findMilestoneRows = (
  em: EntityManager,
  where: FilterQuery<Milestone>,
  options: { orderBy?: QueryOrderMap<Milestone> } = {},
): Promise<MilestoneRow[]> => findPlainRows(em, Milestone, milestoneRowProperties, where, options);
