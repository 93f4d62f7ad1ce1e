import { Collection, Entity, Index, ManyToOne, OneToMany, Property, type Opt } from "@mikro-orm/core";
import { calendarDay, instant, jsonb, numericNumber, timeOfDay } from "./column-types";
import { TimestampedEntity } from "./entity-base";
import { Category } from "./category.entity";
import { FrequencyType, HabitTargetType } from "./enums";
import { HabitLog } from "./habit-log.entity";
import { User } from "./user.entity";

@Entity({ tableName: "habits" })
@Index({ name: "idx_habits_user_id", properties: ["user"] })
@Index({ name: "idx_habits_frequency", properties: ["frequencyType"] })
export class Habit extends TimestampedEntity {
  @ManyToOne(() => User, { deleteRule: "cascade" })
  user!: User;

  @Property({ type: "string", length: 255 })
  title!: string;

  @Property({ type: "text", nullable: true })
  description?: string | null;

  @Property({ type: "string", length: 20 })
  frequencyType!: FrequencyType;

  /** Shape depends on frequencyType (e.g. { days: ["MO","WE"] } or { times: 3 }); validated by the domain. */
  @Property(jsonb())
  frequencyConfig!: Record<string, unknown>;

  @Property(calendarDay())
  startDate!: string;

  @Property(calendarDay({ nullable: true }))
  endDate?: string | null;

  /** What a numeric habit's logged values count, e.g. "pages". */
  @Property({ type: "string", length: 30, nullable: true })
  unit?: string | null;

  /** A numeric habit's target per scheduled day, or per period for TIMES_PER_WEEK / TIMES_PER_MONTH. */
  @Property(numericNumber({ nullable: true }))
  targetValue?: number | null;

  @Property({ type: "string", length: 10, default: HabitTargetType.AtLeast })
  targetType: HabitTargetType & Opt = HabitTargetType.AtLeast;

  @ManyToOne(() => Category, { nullable: true, deleteRule: "set null" })
  category?: Category | null;

  // Counters are a cache of what the logs imply; the streak engine keeps them in step.
  @Property({ type: "integer", default: 0 })
  currentStreak: number & Opt = 0;

  @Property({ type: "integer", default: 0 })
  longestStreak: number & Opt = 0;

  @Property({ type: "integer", default: 0 })
  totalCompletions: number & Opt = 0;

  @Property(instant({ nullable: true }))
  lastCompletedAt?: Date | null;

  /**
   * The streak engine stopped at a period boundary before the last 30 days, and the schedule it was
   * computed for (shape owned by the domain's habit-state schema): reads resume from it with the recent
   * logs only. Null until the first write or `habits:rebuild`; reads then walk the whole history.
   */
  @Property(jsonb({ nullable: true }))
  streakCheckpoint?: Record<string, unknown> | null;

  /**
   * The earliest time of the habit's reminder list (habit_reminders), kept in step with it by the domain:
   * what the single `reminderTime` field reads.
   */
  @Property(timeOfDay({ nullable: true }))
  reminderTime?: string | null;

  @Property({ type: "boolean", default: false })
  isArchived: boolean & Opt = false;

  @OneToMany(() => HabitLog, (log) => log.habit)
  logs = new Collection<HabitLog>(this);
}
