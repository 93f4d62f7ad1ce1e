import { Entity, Index, PrimaryKey, PrimaryKeyProp, Property, type Opt } from "@mikro-orm/core";
import { calendarDay, jsonb } from "./column-types";

/** Counts by a key (a priority, a frequency type, an achievement id). */
export type CountsByKey = Record<string, number>;

/**
 * Analytics database: one user's activity on one of their calendar days, in the figures the analysts'
 * reports sum. Rewritten from that day's `user_activity` rows by the analytics worker whenever an event
 * for the day arrives (and by `reports:rebuild`), so it is a function of the activity, never a running
 * count: a report reads user-days, not events.
 */
@Entity({ tableName: "daily_user_rollups" })
@Index({ name: "idx_daily_user_rollups_user", properties: ["userId"] })
export class DailyUserRollup {
  [PrimaryKeyProp]?: ["day", "userId"];

  /** The user's own calendar day (see user_activity.day). */
  @PrimaryKey(calendarDay())
  day!: string;

  @PrimaryKey({ type: "uuid" })
  userId!: string;

  /** The user's platform when the day was last rewritten; 'unknown' without a registered device. */
  @Property({ type: "string", length: 10, default: "unknown" })
  platform: string & Opt = "unknown";

  /** Activity rows of the day: at least one, or the row would not exist. */
  @Property({ type: "integer", default: 0 })
  activities: number & Opt = 0;

  /** The same rows by kind, "activity_type.action" (task.completed, habit.logged, ...). */
  @Property(jsonb({ default: "{}" }))
  activitiesByType: CountsByKey & Opt = {};

  /** Distinct tasks completed that day, by priority name. */
  @Property(jsonb({ default: "{}" }))
  tasksCompleted: CountsByKey & Opt = {};

  /** Of those, the ones that had a due date, by priority. */
  @Property(jsonb({ default: "{}" }))
  tasksDue: CountsByKey & Opt = {};

  /** Of those with a due date, the ones completed by it, by priority. */
  @Property(jsonb({ default: "{}" }))
  tasksOnTime: CountsByKey & Opt = {};

  /** Habits whose day ended recorded (logged or skipped), by frequency type. */
  @Property(jsonb({ default: "{}" }))
  habitDaysRecorded: CountsByKey & Opt = {};

  /** Habits whose day ended as a counted completion, by frequency type. */
  @Property(jsonb({ default: "{}" }))
  habitDaysCompleted: CountsByKey & Opt = {};

  /** Achievements unlocked that day, by achievement id. */
  @Property(jsonb({ default: "{}" }))
  achievementsUnlocked: CountsByKey & Opt = {};

  @Property({ type: "integer", default: 0 })
  focusMinutes: number & Opt = 0;
}
