import { Entity, Index, ManyToOne, Property, type Opt } from "@mikro-orm/core";
import { calendarDay, jsonb, timeOfDay } from "./column-types";
import { CreatedEntity } from "./entity-base";
import { Habit } from "./habit.entity";

/** One reminder of a habit: a wall-clock time in the owner's zone, on some weekdays or every due day. */
@Entity({ tableName: "habit_reminders" })
@Index({ name: "idx_habit_reminders_habit", properties: ["habit", "position"] })
export class HabitReminder extends CreatedEntity {
  @ManyToOne(() => Habit, { deleteRule: "cascade" })
  habit!: Habit;

  /** Its place in the habit's list, as given. */
  @Property({ type: "smallint", default: 0 })
  position: number & Opt = 0;

  @Property(timeOfDay())
  time!: string;

  /** Weekdays "MON".."SUN" it goes out on (still only when the habit is due); null: every due day. */
  @Property(jsonb({ nullable: true }))
  days?: string[] | null;

  /** The owner's calendar day whose reminder was sent (or skipped): at most once per day. */
  @Property(calendarDay({ nullable: true }))
  remindedOn?: string | null;
}
