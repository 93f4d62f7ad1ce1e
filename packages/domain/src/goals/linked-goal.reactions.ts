import { Habit, Task } from "@momentum/db";
import { defineReaction } from "../events/domain-reactions";
import {
  refreshGoalsLinkedToHabit,
  refreshGoalsLinkedToTasks,
  refreshGoalsThatLinkedHabit,
} from "./linked-goal-refresh";

/** Goals measured in tasks move when a linked task's status changes, it is deleted or restored. */
export const goalsMeasuredInTasks = defineReaction({
  name: "goals measured in tasks",
  on: ["task.completed", "task.reopened", "task.updated", "task.deleted", "task.restored"],
  async react(tx, events) {
    for (const event of events) {
      if (event.type === "task.updated" && !event.payload.changedFields.includes("status")) continue;
      const what =
        event.type === "task.deleted" || event.type === "task.restored"
          ? event.type.slice("task.".length)
          : (await tx.findOneOrFail(Task, event.aggregate.id)).status;
      const notes = `task "${event.payload.title}" ${what}`;
      await refreshGoalsLinkedToTasks(tx, [event.aggregate.id], notes, new Date(event.occurredAt));
    }
  },
});

/** Goals measured in habits move when a linked habit's logs or schedule change: once per habit and change. */
export const goalsMeasuredInHabits = defineReaction({
  name: "goals measured in habits",
  on: ["habit.logged", "habit.skipped", "habit.unlogged", "habit.updated"],
  async react(tx, events) {
    const changedAt = new Map(events.map((event) => [event.aggregate.id, new Date(event.occurredAt)]));
    for (const [habitId, now] of changedAt) {
      const habit = await tx.findOneOrFail(Habit, habitId);
      await refreshGoalsLinkedToHabit(tx, habitId, `habit "${habit.title}" changed`, now);
    }
  },
});

/** Goals measured in habits move when a linked habit is deleted: they are measured without it. */
export const goalsThatLinkedDeletedHabits = defineReaction({
  name: "goals that linked a deleted habit",
  on: ["habit.deleted"],
  async react(tx, events) {
    for (const event of events) {
      const notes = `habit "${event.payload.title}" deleted`;
      await refreshGoalsThatLinkedHabit(tx, event.payload.linkedGoalIds, notes, new Date(event.occurredAt));
    }
  },
});
