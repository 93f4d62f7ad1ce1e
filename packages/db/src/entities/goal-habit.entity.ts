import { Entity, Index, ManyToOne, Unique } from "@mikro-orm/core";
import { CreatedEntity } from "./entity-base";
import { Goal } from "./goal.entity";
import { Habit } from "./habit.entity";
import { User } from "./user.entity";

/** Links a habit to a goal it contributes to (goals measured in habits count these). */
@Entity({ tableName: "goal_habits" })
@Unique({ properties: ["goal", "habit"] })
@Index({ name: "idx_goal_habits_habit", properties: ["habit"] })
@Index({ name: "idx_goal_habits_user", properties: ["user"] })
export class GoalHabit extends CreatedEntity {
  @ManyToOne(() => Goal, { deleteRule: "cascade" })
  goal!: Goal;

  @ManyToOne(() => Habit, { deleteRule: "cascade" })
  habit!: Habit;

  @ManyToOne(() => User, { deleteRule: "cascade" })
  user!: User;
}
