import { Collection, Entity, Index, ManyToOne, OneToMany, Property, type Opt } from "@mikro-orm/core";
import { calendarDay, instant, jsonb, jsonbObject } from "./column-types";
import { TimestampedEntity } from "./entity-base";
import { Category } from "./category.entity";
import { Priority, TaskStatus } from "./enums";
import { TaskTag } from "./task-tag.entity";
import { User } from "./user.entity";

/** Stored recurrence: an RFC 5545 RRULE evaluated in wall-clock time of `timezone`. */
export interface StoredRecurrenceRule {
  rrule: string;
  timezone: string;
  /** COMPLETION counts the next occurrence from the completion instant; absent (older rules) is DUE. */
  anchor?: "DUE" | "COMPLETION";
}

@Entity({ tableName: "tasks" })
@Index({ name: "idx_tasks_user_id", properties: ["user"] })
@Index({ name: "idx_tasks_due_date", properties: ["dueDate"] })
@Index({ name: "idx_tasks_status", properties: ["status"] })
@Index({ name: "idx_tasks_parent", properties: ["parentTask"] })
// Trigram indexes (extension pg_trgm) serve ILIKE '%term%' search on title and description.
@Index({
  name: "idx_tasks_title_trgm",
  expression: 'create index "idx_tasks_title_trgm" on "tasks" using gin ("title" gin_trgm_ops)',
})
@Index({
  name: "idx_tasks_description_trgm",
  expression: 'create index "idx_tasks_description_trgm" on "tasks" using gin ("description" gin_trgm_ops)',
})
// Only armed reminders of open tasks: the reminder scheduler's poll reads this small index, not the table.
@Index({
  name: "idx_tasks_reminder_due",
  expression:
    'create index "idx_tasks_reminder_due" on "tasks" ("reminder_time", "id") where "reminder_time" is not null and "reminded_for" is distinct from "reminder_time" and not "is_deleted" and "status" in (\'pending\', \'in_progress\')',
})
// The task lists' order (due instant, undated last, then id) per user, and per user and status: keyset
// pages and cache fills read one index range in order, whatever else the user has.
@Index({
  name: "idx_tasks_user_status_due",
  expression:
    'create index "idx_tasks_user_status_due" on "tasks" ("user_id", "status", "due_at", "id") where not "is_deleted"',
})
@Index({
  name: "idx_tasks_user_due",
  expression:
    'create index "idx_tasks_user_due" on "tasks" ("user_id", "due_at", "id") where not "is_deleted"',
})
// The trash: per user, the tasks the user deleted (not the subtasks deleted with them), newest first;
// and the purge's scan for tasks deleted long enough ago.
@Index({
  name: "idx_tasks_user_trash",
  expression:
    'create index "idx_tasks_user_trash" on "tasks" ("user_id", "deleted_at" desc, "id" desc) where "is_deleted" and "deleted_with_task_id" = "id"',
})
@Index({
  name: "idx_tasks_deleted_at",
  expression: 'create index "idx_tasks_deleted_at" on "tasks" ("deleted_at") where "is_deleted"',
})
export class Task extends TimestampedEntity {
  @ManyToOne(() => User, { deleteRule: "cascade" })
  user!: User;

  @Property({ type: "string", length: 255 })
  title!: string;

  @Property({ type: "text", nullable: true })
  description?: string | null;

  @Property(instant({ nullable: true }))
  dueDate?: Date | null;

  /** An all-day due date in the user's calendar, instead of dueDate: it stays that day when the user travels. */
  @Property(calendarDay({ nullable: true }))
  dueOn?: string | null;

  /**
   * The instant the task lists order and filter by: dueDate, or the start of dueOn in the user's zone
   * (kept by the task services and re-derived when the user's zone changes).
   */
  @Property(instant({ nullable: true }))
  dueAt?: Date | null;

  /** Not actionable before this day of the user's calendar. */
  @Property(calendarDay({ nullable: true }))
  startOn?: string | null;

  @Property({ type: "integer", nullable: true })
  durationMinutes?: number | null;

  @Property({ type: "smallint", default: Priority.None })
  priority: Priority & Opt = Priority.None;

  @Property({ type: "string", length: 20, default: TaskStatus.Pending })
  status: TaskStatus & Opt = TaskStatus.Pending;

  /** A deleted category leaves its tasks uncategorised. */
  @ManyToOne(() => Category, { nullable: true, deleteRule: "set null" })
  category?: Category | null;

  /** Subtasks go with their parent. */
  @ManyToOne(() => Task, { nullable: true, deleteRule: "cascade" })
  parentTask?: Task | null;

  @OneToMany(() => Task, (task) => task.parentTask)
  subtasks = new Collection<Task>(this);

  /** Its tags (TaskFilter.tagIds filters through these links). */
  @OneToMany(() => TaskTag, (link) => link.task)
  tagLinks = new Collection<TaskTag>(this);

  @Property(instant({ nullable: true }))
  completedAt?: Date | null;

  @Property(instant({ nullable: true }))
  reminderTime?: Date | null;

  /**
   * The reminderTime whose reminder was sent (or skipped); a reminderTime different from it is armed,
   * so changing the reminder time re-arms the reminder without any other bookkeeping.
   */
  @Property(instant({ nullable: true }))
  remindedFor?: Date | null;

  @Property(jsonb({ nullable: true }))
  recurrenceRule?: StoredRecurrenceRule | null;

  @Property(jsonbObject())
  metadata: Record<string, unknown> & Opt = {};

  @Property({ type: "boolean", default: false })
  isDeleted: boolean & Opt = false;

  /** When it went to the trash (null while live); the purge deletes it for good 30 days later. */
  @Property(instant({ nullable: true }))
  deletedAt?: Date | null;

  /**
   * The task whose deletion took this one to the trash: itself for the task the user deleted, its
   * ancestor for a subtask deleted with it. Restoring that task brings back exactly these.
   */
  @Property({ type: "uuid", nullable: true })
  deletedWithTaskId?: string | null;
}
