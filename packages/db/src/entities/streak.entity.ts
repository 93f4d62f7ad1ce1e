import { Entity, Index, ManyToOne, Property, type Opt } from "@mikro-orm/core";
import { calendarDay } from "./column-types";
import { TimestampedEntity } from "./entity-base";
import { Habit } from "./habit.entity";
import { User } from "./user.entity";

/** One run of consecutive completed periods of a habit; at most one per habit is active. */
@Entity({ tableName: "streaks" })
@Index({ name: "idx_streaks_user_habit", properties: ["user", "habit"] })
@Index({ name: "idx_streaks_active", properties: ["isActive"] })
export class Streak extends TimestampedEntity {
  @ManyToOne(() => User, { deleteRule: "cascade" })
  user!: User;

  @ManyToOne(() => Habit, { deleteRule: "cascade" })
  habit!: Habit;

  @Property(calendarDay())
  startDate!: string;

  @Property(calendarDay({ nullable: true }))
  endDate?: string | null;

  @Property({ type: "integer", default: 1 })
  length: number & Opt = 1;

  @Property({ type: "boolean", default: true })
  isActive: boolean & Opt = true;
}
