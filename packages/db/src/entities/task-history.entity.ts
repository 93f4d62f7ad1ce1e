import { Entity, Index, ManyToOne, Property } from "@mikro-orm/core";
import { CreatedEntity } from "./entity-base";
import { Task } from "./task.entity";
import { User } from "./user.entity";

/** Audit trail of one task: what happened and the status change it made. */
@Entity({ tableName: "task_history" })
// Pages of one task's history, newest first, read this index backwards.
@Index({ name: "idx_task_history_task_created", properties: ["task", "createdAt", "id"] })
@Index({ name: "idx_task_history_user", properties: ["user"] })
export class TaskHistory extends CreatedEntity {
  @ManyToOne(() => Task, { deleteRule: "cascade" })
  task!: Task;

  @ManyToOne(() => User, { deleteRule: "cascade" })
  user!: User;

  @Property({ type: "string", length: 50 })
  action!: string;

  // Plain strings, not the TaskStatus check: history must keep whatever status existed at the time.
  @Property({ type: "string", length: 20, nullable: true })
  oldStatus?: string | null;

  @Property({ type: "string", length: 20, nullable: true })
  newStatus?: string | null;

  @Property({ type: "text", nullable: true })
  notes?: string | null;
}
