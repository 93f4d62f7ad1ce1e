import { Entity, Index, ManyToOne, Property, type Opt } from "@mikro-orm/core";
import { calendarDay, instant, numericNumber } from "./column-types";
import { TimestampedEntity } from "./entity-base";
import { Goal } from "./goal.entity";
import { User } from "./user.entity";

@Entity({ tableName: "milestones" })
@Index({ name: "idx_milestones_goal", properties: ["goal", "position"] })
@Index({ name: "idx_milestones_user", properties: ["user"] })
export class Milestone extends TimestampedEntity {
  @ManyToOne(() => Goal, { deleteRule: "cascade" })
  goal!: Goal;

  @ManyToOne(() => User, { deleteRule: "cascade" })
  user!: User;

  @Property({ type: "string", length: 255 })
  title!: string;

  @Property(numericNumber({ nullable: true }))
  targetValue?: number | null;

  @Property(calendarDay({ nullable: true }))
  dueDate?: string | null;

  @Property(instant({ nullable: true }))
  completedAt?: Date | null;

  @Property({ type: "integer", default: 0 })
  position: number & Opt = 0;
}
