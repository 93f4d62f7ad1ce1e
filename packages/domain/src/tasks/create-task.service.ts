import { type EntityManager } from "@mikro-orm/postgresql";
import { CategoryType, Task, TaskStatus } from "@momentum/db";
import { invalidInput } from "../errors/domain-error";
import { parseInput } from "../errors/zod-fields";
import { recordEvent } from "../events/outbox";
import { findAttachableCategory, findOwnTask } from "./task-access";
import { taskFacts } from "./task-events";
import { recordTaskHistory } from "./task-history";
import { createTaskInputSchema, type CreateTaskInput } from "./task-input.schema";

const MAX_SUBTASK_DEPTH = 5;

/** Creates a task (or a subtask of one of the user's tasks) with its first history line and event. */
export async function createTask(em: EntityManager, userId: string, rawInput: CreateTaskInput): Promise<Task> {
  const input = parseInput(createTaskInputSchema, rawInput, "input");
  return em.transactional(async (tx) => {
    const category = input.categoryId
      ? await findAttachableCategory(tx, userId, input.categoryId, CategoryType.Task, "input.categoryId")
      : null;
    const parentTask = input.parentTaskId ? await findParentTask(tx, userId, input.parentTaskId) : null;

    const task = tx.create(Task, {
      user: userId,
      title: input.title,
      description: input.description ?? null,
      dueDate: input.dueDate ?? null,
      priority: input.priority,
      status: TaskStatus.Pending,
      category,
      parentTask,
      reminderTime: input.reminderTime ?? null,
    });
    recordTaskHistory(tx, task, { action: "created", newStatus: task.status });
    recordEvent(tx, {
      type: "task.created",
      userId,
      aggregateId: task.id,
      payload: { ...taskFacts(task), categoryId: category?.id ?? null, parentTaskId: parentTask?.id ?? null },
    });
    return task;
  });
}

async function findParentTask(em: EntityManager, userId: string, parentTaskId: string): Promise<Task> {
  const parent = await findOwnTask(em, userId, parentTaskId).catch(() => {
    throw invalidInput([{ field: "input.parentTaskId", message: "no such task" }]);
  });
  if ((await depthOf(em, parent)) >= MAX_SUBTASK_DEPTH) {
    throw invalidInput([{ field: "input.parentTaskId", message: `subtasks nest at most ${MAX_SUBTASK_DEPTH} levels` }]);
  }
  return parent;
}

/** Levels above and including `task` (a top-level task has depth 1). */
async function depthOf(em: EntityManager, task: Task): Promise<number> {
  const rows = await em.getConnection().execute<{ depth: number }[]>(
    `with recursive chain(id, parent_task_id, depth) as (
       select id, parent_task_id, 1 from tasks where id = ?
       union all
       select t.id, t.parent_task_id, chain.depth + 1 from tasks t join chain on t.id = chain.parent_task_id
       where chain.depth < 64
     ) select max(depth)::int as depth from chain`,
    [task.id],
  );
  return rows[0]?.depth ?? 1;
}
