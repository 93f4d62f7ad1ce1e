import { achievementAwards } from "../achievements/achievement-awards.reaction";
import { domainReactions } from "../events/domain-reactions";
import {
  goalsMeasuredInHabits,
  goalsMeasuredInTasks,
  goalsThatLinkedDeletedHabits,
} from "../goals/linked-goal.reactions";

/**
 * What reacts to what, the one place that knows every area: tasks and habits record events and never
 * call goals or achievements. Order matters: a reaction runs after the ones before it have settled, so
 * achievements see the goals the same change moved. Each app calls this once at start-up, before its
 * first change; changing tasks, habits or goals without it fails.
 */
export function registerDomainReactions(): void {
  domainReactions.register([
    goalsMeasuredInTasks,
    goalsMeasuredInHabits,
    goalsThatLinkedDeletedHabits,
    achievementAwards,
  ]);
}
