import { Priority, TaskStatus } from "@momentum/db";
import { type DateTime } from "luxon";
import { type DemoDay, demoDayOf, instantOn } from "./demo-day";
import { type PlannedTask } from "./demo-population";
import { type SeededRandom } from "./seeded-random";

const taskTitles = [
  "Reply to emails",
  "Prepare the weekly report",
  "Call the dentist",
  "Pay the electricity bill",
  "Plan the sprint",
  "Buy groceries",
  "Review a pull request",
  "Book flights",
  "Update the CV",
  "Renew the passport",
];

const priorityWeights = {
  [Priority.None]: 25,
  [Priority.Low]: 20,
  [Priority.Medium]: 28,
  [Priority.High]: 18,
  [Priority.Urgent]: 9,
};
// Urgent work gets done more often, and more often on time.
const completionChance: Record<Priority, number> = [0.5, 0.58, 0.68, 0.78, 0.88];
const onTimeChance: Record<Priority, number> = [0.55, 0.6, 0.7, 0.78, 0.85];
const DUE_HOUR = 18;

export interface TaskContext {
  random: SeededRandom;
  userId: string;
  signUpDay: DateTime;
  /** The last day index the user is still around: nothing gets done after it. */
  lastDay: number;
  /** The earliest hour of `day` (later on the sign-up day) and whether an instant is still to come. */
  hourOn(day: DemoDay, hour: number): number;
  isPast(instant: Date): boolean;
  idOf(...parts: (string | number)[]): string;
}

/**
 * A task created on `day`: a priority, mostly a due date at 18:00 a few days on, and an outcome done on
 * time, done late, or still open (the user left first, or it is not done yet); null if `day` is today
 * and the moment has not come.
 */
export function planDemoTask(context: TaskContext, day: DemoDay, taskIndex: number): PlannedTask | null {
  const { random } = context;
  const createdHour = context.hourOn(day, random.int(8, 20));
  const createdAt = instantOn(day, createdHour, random.int(0, 59));
  if (!context.isPast(createdAt)) return null;
  const priority = Number(random.weighted(priorityWeights)) as Priority;
  const dueIn = random.chance(0.7)
    ? Math.max(
        createdHour >= DUE_HOUR - 1 ? 1 : 0,
        Number(random.weighted({ 0: 20, 1: 25, 2: 20, 3: 15, 5: 10, 7: 10 })),
      )
    : null;
  const dueDate =
    dueIn === null ? null : instantOn(demoDayOf(context.signUpDay, day.index + dueIn), DUE_HOUR, 0);

  let completed: { at: Date; on: string } | null = null;
  if (random.chance(completionChance[priority])) {
    const onTime = random.chance(onTimeChance[priority]);
    const delay =
      dueIn === null
        ? Number(random.weighted({ 0: 40, 1: 25, 2: 15, 4: 10, 8: 10 }))
        : onTime
          ? random.int(0, dueIn)
          : dueIn + random.int(1, 6);
    // Same day: after it was created; on the due day and on time: before the due hour.
    const earliest = delay === 0 ? createdHour + 1 : 8;
    const hour = random.int(earliest, Math.max(earliest, onTime && delay === dueIn ? DUE_HOUR - 1 : 21));
    if (day.index + delay <= context.lastDay) {
      const completionDay = delay === 0 ? day : demoDayOf(context.signUpDay, day.index + delay);
      const at = instantOn(completionDay, hour, random.int(0, 59));
      if (context.isPast(at)) completed = { at, on: completionDay.date };
    }
  }
  return {
    id: context.idOf("task", day.index, taskIndex),
    userId: context.userId,
    title: random.pick(taskTitles),
    priority,
    dueDate,
    status: completed
      ? TaskStatus.Completed
      : random.chance(0.2)
        ? TaskStatus.InProgress
        : TaskStatus.Pending,
    createdAt,
    completedAt: completed?.at ?? null,
    completedOn: completed?.on ?? null,
  };
}
