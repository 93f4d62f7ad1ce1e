import { Check, Entity, Index, ManyToOne, Property, type Opt } from "@mikro-orm/core";
import { instant } from "./column-types";
import { CreatedEntity } from "./entity-base";
import { Task } from "./task.entity";

/**
 * One reminder of a task: a fixed instant (`at`) or `minutesBefore` its due time. `fireAt` is kept by the
 * domain (it follows the due date); a `fireAt` different from `sentFor` is armed.
 */
@Entity({ tableName: "task_reminders" })
@Index({ name: "idx_task_reminders_task", properties: ["task", "position"] })
// Only armed reminders: the reminder scheduler's poll reads this small index, not the table.
@Index({
  name: "idx_task_reminders_due",
  expression:
    'create index "idx_task_reminders_due" on "task_reminders" ("fire_at", "id") where "fire_at" is not null and "sent_for" is distinct from "fire_at"',
})
@Check({
  name: "task_reminders_at_or_minutes_before",
  expression: '("at" is null) <> ("minutes_before" is null)',
})
export class TaskReminder extends CreatedEntity {
  @ManyToOne(() => Task, { deleteRule: "cascade" })
  task!: Task;

  /** Its place in the task's list, as given. */
  @Property({ type: "smallint", default: 0 })
  position: number & Opt = 0;

  @Property(instant({ nullable: true }))
  at?: Date | null;

  @Property({ type: "integer", nullable: true })
  minutesBefore?: number | null;

  /** The instant it is set for: `at`, or the due date less `minutesBefore`; null when it cannot fire. */
  @Property(instant({ nullable: true }))
  fireAt?: Date | null;

  /** The fireAt whose reminder was sent (or skipped): a new fireAt re-arms it without other bookkeeping. */
  @Property(instant({ nullable: true }))
  sentFor?: Date | null;
}
