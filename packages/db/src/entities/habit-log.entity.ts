import { Entity, Index, ManyToOne, Property, Unique, type Opt } from "@mikro-orm/core";
import { calendarDay, instant, numericNumber } from "./column-types";
import { UuidEntity } from "./entity-base";
import { Habit } from "./habit.entity";
import { User } from "./user.entity";

/** One row per habit and day: a completion, or a skip when skipReason is set. */
@Entity({ tableName: "habit_logs" })
@Unique({ name: "idx_habit_logs_date", properties: ["habit", "completedDate"] })
@Index({ name: "idx_habit_logs_user", properties: ["user", "completedDate"] })
export class HabitLog extends UuidEntity {
  @ManyToOne(() => Habit, { deleteRule: "cascade" })
  habit!: Habit;

  @ManyToOne(() => User, { deleteRule: "cascade" })
  user!: User;

  /** The day in the user's zone the log counts for. */
  @Property(calendarDay())
  completedDate!: string;

  @Property(instant({ defaultRaw: "now()" }))
  completedAt: Date & Opt = new Date();

  @Property(numericNumber({ nullable: true }))
  value?: number | null;

  @Property({ type: "text", nullable: true })
  notes?: string | null;

  @Property({ type: "smallint", nullable: true })
  mood?: number | null;

  @Property({ type: "text", nullable: true })
  skipReason?: string | null;
}
