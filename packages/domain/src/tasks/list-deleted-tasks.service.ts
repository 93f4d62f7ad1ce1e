import { type EntityManager } from "@mikro-orm/postgresql";
import { parseInput } from "../errors/zod-fields";
import { decodeNewestFirstCursor, encodeNewestFirstCursor } from "../paging/newest-first-cursor";
import { type TaskPage } from "./list-tasks.service";
import { taskPageRequestSchema, type TaskPageRequest } from "./task-list-filter.schema";
import { findTaskRows } from "./task-row";
import { trashCutoff } from "./trash-rules";

// The tasks the user deleted (a subtask deleted with its parent names the parent, not itself, and comes
// back with it), deleted after the cutoff. Read in the order of idx_tasks_user_trash.
const IN_TRASH = `user_id = ? and is_deleted and deleted_with_task_id = id and deleted_at > ?`;

/** The trash: the tasks the user deleted in the last 30 days, newest deletion first (ties by id). */
export async function listDeletedTasks(
  em: EntityManager,
  userId: string,
  rawPage: TaskPageRequest,
  now = new Date(),
): Promise<TaskPage> {
  const { first, after } = parseInput(taskPageRequestSchema, rawPage, "");
  const position = after ? decodeNewestFirstCursor(after, "after") : null;
  const cutoff = trashCutoff(now);
  const [positions, [count]] = await Promise.all([
    em.execute<{ id: string; deleted_ms: number }[]>(
      `select id, (extract(epoch from deleted_at) * 1000)::float8 as deleted_ms from tasks where ${IN_TRASH} ${position ? "and (deleted_at, id) < (?, ?)" : ""}
       order by deleted_at desc, id desc limit ?`,
      [userId, cutoff, ...(position ? [position.createdAt, position.id] : []), first + 1],
    ),
    em.execute<{ count: number }[]>(`select count(*)::int as count from tasks where ${IN_TRASH}`, [
      userId,
      cutoff,
    ]),
  ]);
  const page = positions.slice(0, first);
  const rows = new Map(
    (await findTaskRows(em, { id: { $in: page.map((row) => row.id) } })).map((row) => [row.id, row]),
  );
  const edges = page.map((row) => ({
    cursor: encodeNewestFirstCursor({ createdAt: new Date(row.deleted_ms), id: row.id }),
    node: rows.get(row.id)!,
  }));
  return {
    edges,
    pageInfo: { hasNextPage: positions.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: count?.count ?? 0,
  };
}
