import { type EntityManager } from "@mikro-orm/postgresql";
import { type Task, TaskReminder } from "@momentum/db";
import { invalidInput } from "../errors/domain-error";
import { requestedReminderList } from "../reminder-lists/reminder-list-input";
import { replaceReminderRows } from "../reminder-lists/reminder-list-rows";
import { sameTaskReminderSetting, type TaskReminderSetting } from "./task-reminder-input.schema";

// A task's reminder list (task_reminders). Each reminder keeps the instant it is set for in `fireAt`
// (its `at`, or the due instant `dueAt` less `minutesBefore`: an all-day task is due at the start of
// its day, see taskDueInstant) and the instant it was last sent for in `sentFor`:
// while the two differ it is armed, so anything that moves `fireAt` re-arms it. A relative reminder of a
// task without a due date cannot fire (`fireAt` null) until the task has one again. `tasks.reminder_time`
// holds the earliest `fireAt` of the list: what the single `reminderTime` field reads.

const sameInstant = (a: Date | null | undefined, b: Date | null | undefined) =>
  (a?.getTime() ?? null) === (b?.getTime() ?? null);

/** The instant a reminder is set for on a task due at `dueDate`; null when it is relative and there is none. */
export function fireAtOf(reminder: TaskReminderSetting, dueDate: Date | null | undefined): Date | null {
  if (reminder.at) return reminder.at;
  if (reminder.minutesBefore == null || !dueDate) return null;
  return new Date(dueDate.getTime() - reminder.minutesBefore * 60_000);
}

/** The reminders of some tasks, each task's in list order. */
export const findTaskReminders = (em: EntityManager, taskIds: readonly string[]) =>
  em.find(TaskReminder, { task: { $in: [...taskIds] } }, { orderBy: { position: "asc", id: "asc" } });

/** Sets each reminder's fireAt from the task's due date, and the task's reminderTime to the earliest. */
function armTaskReminders(task: Task, reminders: TaskReminder[]): void {
  for (const reminder of reminders) {
    const fireAt = fireAtOf(reminder, task.dueAt);
    if (!sameInstant(reminder.fireAt, fireAt)) reminder.fireAt = fireAt;
  }
  const instants = reminders.flatMap((reminder) => (reminder.fireAt ? [reminder.fireAt] : []));
  const earliest = instants.sort((a, b) => a.getTime() - b.getTime())[0] ?? null;
  if (!sameInstant(task.reminderTime, earliest)) task.reminderTime = earliest;
}

/**
 * Re-arms a task's reminders after its due date changed: relative ones follow it (and go out again, for
 * the new time), fixed ones stay. Every service that moves a due date calls this in its transaction,
 * after refreshDueAt.
 */
export async function rearmTaskReminders(tx: EntityManager, task: Task): Promise<void> {
  armTaskReminders(task, await findTaskReminders(tx, [task.id]));
}

/**
 * Moves a task's reminders with the task when the task as a whole moves by `shiftMs` (an occurrence
 * skipped): fixed ones by as much, relative ones with the due date; all re-armed. Call after
 * refreshDueAt. Returns whether the task has reminders.
 */
export async function shiftTaskReminders(tx: EntityManager, task: Task, shiftMs: number): Promise<boolean> {
  const reminders = await findTaskReminders(tx, [task.id]);
  for (const reminder of reminders) if (reminder.at) reminder.at = new Date(reminder.at.getTime() + shiftMs);
  armTaskReminders(task, reminders);
  return reminders.length > 0;
}

/**
 * Replaces a task's reminder list with `settings` (see replaceReminderRows), checked against its due
 * date as it is now. Returns whether the list changed. `field` names the input list in errors; a task just
 * created passes its (empty) `current` list instead of having it read.
 */
export async function replaceTaskReminders(
  tx: EntityManager,
  task: Task,
  settings: TaskReminderSetting[],
  field: string,
  current?: TaskReminder[],
): Promise<boolean> {
  const undated = settings.findIndex((setting) => setting.minutesBefore != null && !task.dueAt);
  if (undated >= 0)
    throw invalidInput([
      {
        field: `${field}.${undated}.minutesBefore`,
        message: "needs a due date: set dueDate or dueOn, or use at",
      },
    ]);
  const stored = current ?? (await findTaskReminders(tx, [task.id]));
  const { list, changed } = replaceReminderRows(tx, stored, settings, sameTaskReminderSetting, (setting) =>
    tx.create(TaskReminder, { task, at: setting.at ?? null, minutesBefore: setting.minutesBefore ?? null }),
  );
  armTaskReminders(task, list);
  return changed;
}

/**
 * Gives each next occurrence (`to`) the reminders of the task it follows (`from`): fixed instants moved by
 * `shiftMs`, as its due date was, relative ones as they are; all armed for the new occurrence.
 */
export async function copyTaskReminders(
  tx: EntityManager,
  occurrences: { from: Task; to: Task }[],
  shiftMs: number,
): Promise<void> {
  const reminders = await findTaskReminders(
    tx,
    occurrences.map(({ from }) => from.id),
  );
  for (const { from, to } of occurrences) {
    const copies = reminders
      .filter((reminder) => reminder.task.id === from.id)
      .map((reminder) =>
        tx.create(TaskReminder, {
          task: to,
          position: reminder.position,
          at: reminder.at ? new Date(reminder.at.getTime() + shiftMs) : null,
          minutesBefore: reminder.minutesBefore ?? null,
        }),
      );
    armTaskReminders(to, copies);
  }
}

/** The list a task input asks for (see requestedReminderList): `reminderTime` is one fixed reminder. */
export const requestedTaskReminders = (input: {
  reminders?: TaskReminderSetting[] | null;
  reminderTime?: Date | null;
}): TaskReminderSetting[] | undefined => requestedReminderList(input, (at: Date) => ({ at }));
