import { defineReaction } from "../events/domain-reactions";
import { awardReachedAchievements } from "./refresh-achievements.service";

/**
 * Awards what a change made its user reach, once per user and change. The events are those after which
 * a fact of achievementFactsOf may have grown: completed (or restored) tasks, created habits, a habit's completions or
 * streaks (its logs or schedule), a goal's progress or completion.
 */
export const achievementAwards = defineReaction({
  name: "achievement awards",
  on: [
    "task.completed",
    "task.restored",
    "habit.created",
    "habit.updated",
    "habit.logged",
    "habit.skipped",
    "habit.unlogged",
    "goal.progressed",
    "goal.completed",
  ],
  async react(tx, events) {
    const users = new Set(events.flatMap((event) => (event.userId ? [event.userId] : [])));
    for (const userId of users) await awardReachedAchievements(tx, userId);
  },
});
