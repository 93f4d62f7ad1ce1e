import { Entity, Index, ManyToOne, Unique } from "@mikro-orm/core";
import { CreatedEntity } from "./entity-base";
import { Goal } from "./goal.entity";
import { Task } from "./task.entity";
import { User } from "./user.entity";

/** Links a task to a goal it contributes to (goals measured in tasks count these). */
@Entity({ tableName: "goal_tasks" })
@Unique({ properties: ["goal", "task"] })
@Index({ name: "idx_goal_tasks_task", properties: ["task"] })
@Index({ name: "idx_goal_tasks_user", properties: ["user"] })
export class GoalTask extends CreatedEntity {
  @ManyToOne(() => Goal, { deleteRule: "cascade" })
  goal!: Goal;

  @ManyToOne(() => Task, { deleteRule: "cascade" })
  task!: Task;

  @ManyToOne(() => User, { deleteRule: "cascade" })
  user!: User;
}
