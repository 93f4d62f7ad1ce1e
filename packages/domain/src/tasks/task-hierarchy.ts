import { type EntityManager } from "@mikro-orm/postgresql";
import { type Task } from "@momentum/db";
import { invalidInput } from "../errors/domain-error";
import { findOwnTask } from "./task-access";

export const MAX_SUBTASK_DEPTH = 5;

const field = "input.parentTaskId";

/** Ids of a task's parent chain, the task itself first (the chain is at most a few levels deep). */
async function ancestorIds(em: EntityManager, taskId: string): Promise<string[]> {
  const rows = await em.execute<{ id: string }[]>(
    `with recursive chain(id, parent_task_id, depth) as (
       select id, parent_task_id, 1 from tasks where id = ?
       union all
       select t.id, t.parent_task_id, chain.depth + 1 from tasks t join chain on t.id = chain.parent_task_id
       where chain.depth < 64
     ) select id from chain order by depth`,
    [taskId],
  );
  return rows.map((row) => row.id);
}

/** A task and its live subtasks at every level, with their distance below it (the task itself: 0). */
async function subtreeOf(em: EntityManager, taskId: string): Promise<{ id: string; depth: number }[]> {
  return em.execute<{ id: string; depth: number }[]>(
    `with recursive tree(id, depth) as (
       select id, 0 from tasks where id = ?
       union all
       select t.id, tree.depth + 1 from tasks t join tree on t.parent_task_id = tree.id
       where not t.is_deleted and tree.depth < 64
     ) select id, depth from tree`,
    [taskId],
  );
}

/** Levels below a task, counting itself (a task without subtasks has height 1). */
const heightOf = async (em: EntityManager, taskId: string) =>
  1 + Math.max(0, ...(await subtreeOf(em, taskId)).map((row) => row.depth));

/**
 * The parent a task (new, or existing with its own subtasks) may be placed under: one of the user's
 * live tasks, not the task itself or one of its subtasks, and no deeper than MAX_SUBTASK_DEPTH levels.
 */
export async function findAllowedParent(
  em: EntityManager,
  userId: string,
  parentTaskId: string,
  child?: Task,
): Promise<Task> {
  const parent = await findOwnTask(em, userId, parentTaskId).catch(() => {
    throw invalidInput([{ field, message: "no such task" }]);
  });
  const chain = await ancestorIds(em, parent.id);
  if (child && chain.includes(child.id)) {
    throw invalidInput([{ field, message: "a task cannot be placed under itself or one of its subtasks" }]);
  }
  const childHeight = child ? await heightOf(em, child.id) : 1;
  if (chain.length + childHeight > MAX_SUBTASK_DEPTH) {
    throw invalidInput([{ field, message: `subtasks nest at most ${MAX_SUBTASK_DEPTH} levels` }]);
  }
  return parent;
}

/** A task's live subtasks at every level below it. */
export const descendantsOf = async (em: EntityManager, taskId: string): Promise<string[]> =>
  (await subtreeOf(em, taskId)).filter((row) => row.depth > 0).map((row) => row.id);
