import { Entity, Index, ManyToOne, Property } from "@mikro-orm/core";
import { numericNumber } from "./column-types";
import { CreatedEntity } from "./entity-base";
import { Goal } from "./goal.entity";
import { User } from "./user.entity";

/** One recorded change of a goal's current value. */
@Entity({ tableName: "goal_updates" })
@Index({ name: "idx_goal_updates_goal", properties: ["goal"] })
@Index({ name: "idx_goal_updates_user", properties: ["user"] })
export class GoalUpdate extends CreatedEntity {
  @ManyToOne(() => Goal, { deleteRule: "cascade" })
  goal!: Goal;

  @ManyToOne(() => User, { deleteRule: "cascade" })
  user!: User;

  @Property(numericNumber({ nullable: true }))
  oldValue?: number | null;

  @Property(numericNumber())
  newValue!: number;

  @Property({ type: "text", nullable: true })
  notes?: string | null;
}
