import { type EntityManager } from "@mikro-orm/postgresql";
import { User } from "@momentum/db";
import { listGoalUpdates, listLinkedHabits, listLinkedTasks, listMilestones } from "@momentum/domain";
import DataLoader from "dataloader";
import { entityByIdLoader } from "./entity-loader";

// Uncached: a request may change a goal's milestones or links in one mutation and read them in the next.
const byGoalId = <V>(
  list: (em: EntityManager, goalIds: readonly string[]) => Promise<Map<string, V[]>>,
  em: EntityManager,
) =>
  new DataLoader<string, V[]>(
    async (goalIds) => {
      const values = await list(em, goalIds);
      return goalIds.map((id) => values.get(id) ?? []);
    },
    { cache: false },
  );

/** A goal's lists, one query per list for every goal of a response level; the owner for their calendar day. */
export function createGoalLoaders(em: EntityManager) {
  return {
    milestonesByGoalId: byGoalId(listMilestones, em),
    updatesByGoalId: byGoalId(listGoalUpdates, em),
    linkedTasksByGoalId: byGoalId(listLinkedTasks, em),
    linkedHabitsByGoalId: byGoalId(listLinkedHabits, em),
    userById: entityByIdLoader(em, User),
  };
}
