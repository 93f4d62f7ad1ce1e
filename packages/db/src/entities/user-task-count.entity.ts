import { Entity, OneToOne, Property, type Opt } from "@mikro-orm/core";
import { User } from "./user.entity";

/**
 * How many of a user's tasks are completed (and not deleted). Kept by triggers on `tasks` at commit
 * (migration `user_task_counts`), whatever code or SQL changed the tasks, so stats and achievements
 * read one row instead of counting the user's whole history. Never written by the application.
 */
@Entity({ tableName: "user_task_counts" })
export class UserTaskCount {
  @OneToOne(() => User, { primary: true, deleteRule: "cascade" })
  user!: User;

  @Property({ type: "integer", default: 0 })
  tasksCompleted: number & Opt = 0;
}
