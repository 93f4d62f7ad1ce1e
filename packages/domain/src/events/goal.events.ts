import { GoalStatus, MeasurementType } from "@momentum/db";
import { z } from "zod";
import { defineEvent } from "./event-definition";

const calendarDate = z.iso.date();
const instantSchema = z.iso.datetime({ offset: true });
const progressSchema = z.number().min(0).max(100);

/** What moved a goal; a kind, not text, so no title a person wrote reaches the events' consumers. */
export const goalProgressCauseSchema = z.enum([
  "recorded",
  "target_changed",
  "resumed",
  "task_changed",
  "task_linked",
  "task_unlinked",
  "habit_changed",
  "habit_linked",
  "habit_unlinked",
  "milestone_added",
  "milestone_completed",
]);
export type GoalProgressCause = z.infer<typeof goalProgressCauseSchema>;

// Goal events are about the goal aggregate; milestone.completed names its milestone in the payload.
// goal.progressed fires for every change of a goal's current value or progress, whatever caused it
// (a recorded value, a linked task or habit, a milestone, a new target); goal.completed and
// goal.reopened follow it when the change crosses 100.
export const goalEvents = {
  "goal.created": defineEvent({
    version: 1,
    aggregateType: "goal",
    payload: z.object({
      title: z.string(),
      measurementType: z.enum(MeasurementType),
      targetValue: z.number().nullable(),
      startDate: calendarDate,
      targetDate: calendarDate.nullable(),
      categoryId: z.uuid().nullable(),
    }),
  }),
  "goal.progressed": defineEvent({
    version: 1,
    aggregateType: "goal",
    payload: z.object({
      oldValue: z.number(),
      newValue: z.number(),
      oldProgress: progressSchema,
      newProgress: progressSchema,
      cause: goalProgressCauseSchema,
      /** The user's calendar day of the change, which the daily metrics count it for. */
      progressedOn: calendarDate,
    }),
  }),
  "goal.completed": defineEvent({
    version: 1,
    aggregateType: "goal",
    payload: z.object({
      title: z.string(),
      measurementType: z.enum(MeasurementType),
      completedAt: instantSchema,
    }),
  }),
  "goal.reopened": defineEvent({
    version: 1,
    aggregateType: "goal",
    payload: z.object({ title: z.string(), progress: progressSchema, status: z.enum(GoalStatus) }),
  }),
  "goal.archived": defineEvent({
    version: 1,
    aggregateType: "goal",
    payload: z.object({ title: z.string() }),
  }),
  "goal.unarchived": defineEvent({
    version: 1,
    aggregateType: "goal",
    payload: z.object({ title: z.string() }),
  }),
  /** Deleted for good with its milestones, updates and links. */
  "goal.deleted": defineEvent({
    version: 1,
    aggregateType: "goal",
    payload: z.object({ title: z.string(), measurementType: z.enum(MeasurementType) }),
  }),
  "milestone.completed": defineEvent({
    version: 1,
    aggregateType: "goal",
    payload: z.object({ milestoneId: z.uuid(), title: z.string(), completedAt: instantSchema }),
  }),
};
