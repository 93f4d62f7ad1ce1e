import { Collection, Entity, Index, ManyToOne, OneToMany, Property, type Opt } from "@mikro-orm/core";
import { calendarDay, instant, numericNumber, percentNumber } from "./column-types";
import { TimestampedEntity } from "./entity-base";
import { Category } from "./category.entity";
import { GoalStatus, MeasurementType } from "./enums";
import { Milestone } from "./milestone.entity";
import { User } from "./user.entity";

@Entity({ tableName: "goals" })
@Index({ name: "idx_goals_user_id", properties: ["user"] })
@Index({ name: "idx_goals_status", properties: ["status"] })
export class Goal extends TimestampedEntity {
  @ManyToOne(() => User, { deleteRule: "cascade" })
  user!: User;

  @Property({ type: "string", length: 255 })
  title!: string;

  @Property({ type: "text", nullable: true })
  description?: string | null;

  @ManyToOne(() => Category, { nullable: true, deleteRule: "set null" })
  category?: Category | null;

  @Property(calendarDay())
  startDate!: string;

  @Property(calendarDay({ nullable: true }))
  targetDate?: string | null;

  @Property({ type: "string", length: 20, default: GoalStatus.Active })
  status: GoalStatus & Opt = GoalStatus.Active;

  /** 0..100 */
  @Property(percentNumber({ default: 0 }))
  progress: number & Opt = 0;

  @Property({ type: "string", length: 20 })
  measurementType!: MeasurementType;

  @Property(numericNumber({ nullable: true }))
  targetValue?: number | null;

  @Property(numericNumber({ default: 0 }))
  currentValue: number & Opt = 0;

  /** Where measuring began; needed for goals that go down (80 kg -> 72 kg). */
  @Property(numericNumber({ nullable: true }))
  startValue?: number | null;

  @Property(instant({ nullable: true }))
  completedAt?: Date | null;

  @Property({ type: "boolean", default: false })
  isArchived: boolean & Opt = false;

  @OneToMany(() => Milestone, (milestone) => milestone.goal, { orderBy: { position: "asc" } })
  milestones = new Collection<Milestone>(this);
}
