import { createHash } from "node:crypto";
import { type FilterQuery, QueryOrder } from "@mikro-orm/core";
import { Task, TaskStatus } from "@momentum/db";
import { notFound } from "../errors/domain-error";
import { parseInput } from "../errors/zod-fields";
import { userDayBounds, userDayOf, userDaysOf } from "../time/user-day";
import { usersFrom } from "../time/user-lookup";
import { type TasksContext } from "./change-tasks";
import { cachedTaskCount, cachedTaskPage } from "./task-list-cache";
import {
  comparePositions,
  decodeTaskCursor,
  encodeTaskCursor,
  positionOf,
  type TaskListPosition,
} from "./task-list-cursor";
import {
  taskListFilterSchema,
  taskPageRequestSchema,
  type TaskListFilter,
  type TaskPageRequest,
} from "./task-list-filter.schema";
import { findTaskRows, type TaskRow } from "./task-row";

export interface TaskPage {
  edges: { cursor: string; node: TaskRow }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

const allStatuses = Object.values(TaskStatus);
const openStatuses = [TaskStatus.Pending, TaskStatus.InProgress];

/**
 * One page of the user's live tasks, ordered by due instant (undated last) then id, after the cursor;
 * an all-day task counts as due at the start of its day (see taskDueInstant).
 * A list filtered by status alone (or not at all) is read from the per-status Redis sets; any other
 * filter is a keyset query on the database. Both give the same order and the same cursors.
 */
export async function listTasks(
  context: TasksContext,
  userId: string,
  rawFilter: unknown,
  rawPage: TaskPageRequest,
  now = new Date(),
): Promise<TaskPage> {
  const filter = parseInput(taskListFilterSchema, rawFilter ?? {}, "filter");
  const { first, after: cursor } = parseInput(taskPageRequestSchema, rawPage, "");
  const after = cursor ? decodeTaskCursor(cursor) : null;

  const page =
    (isStatusOnly(filter) && (await fromCache(context, userId, filter, after, first))) ||
    (await fromDatabase(context, userId, filter, after, first, now));
  const edges = page.tasks
    .slice(0, first)
    .map((node) => ({ cursor: encodeTaskCursor(positionOf(node)), node }));
  return {
    edges,
    pageInfo: { hasNextPage: page.tasks.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: page.totalCount,
  };
}

const isStatusOnly = (filter: TaskListFilter) =>
  Object.entries(filter).every(
    ([name, value]) => name === "status" || value === undefined || value === null || value === false,
  );

/** Up to `first + 1` tasks (one more tells whether there is a next page) and the count, or null if Redis fails. */
async function fromCache(
  context: TasksContext,
  userId: string,
  filter: TaskListFilter,
  after: TaskListPosition | null,
  first: number,
) {
  const statuses = filter.status?.length ? [...new Set(filter.status)] : allStatuses;
  const cached = await cachedTaskPage(context.em, context.redis, userId, statuses, after, first + 1).catch(
    () => null,
  );
  if (!cached) return null;
  const rows = await findTaskRows(context.em, { id: { $in: cached.ids }, user: userId, isDeleted: false });
  // A write committed between the two reads may have moved a task; its next read sees the new sets.
  const tasks = rows
    .filter((task) => statuses.includes(task.status))
    .sort((a, b) => comparePositions(positionOf(a), positionOf(b)));
  return { tasks, totalCount: cached.totalCount };
}

async function fromDatabase(
  context: TasksContext,
  userId: string,
  filter: TaskListFilter,
  after: TaskListPosition | null,
  first: number,
  now: Date,
) {
  const { em, redis } = context;
  const where = await filterConditions(context, userId, filter, now);
  // The resolved conditions (today's bounds included) name the count, so a new day is a new count.
  const filterKey = createHash("sha256").update(JSON.stringify(where)).digest("base64url");
  const [tasks, totalCount] = await Promise.all([
    findTaskRows(em, { $and: [...where, ...(after ? [afterPosition(after)] : [])] } as FilterQuery<Task>, {
      orderBy: { dueAt: QueryOrder.ASC_NULLS_LAST, id: QueryOrder.ASC },
      limit: first + 1,
    }),
    cachedTaskCount(redis, userId, filterKey, () => em.count(Task, { $and: where } as FilterQuery<Task>)),
  ]);
  return { tasks, totalCount };
}

/** Rows strictly after a position in the list order (undated rows come last). */
function afterPosition(after: TaskListPosition): FilterQuery<Task> {
  if (after.due === null) return { dueAt: null, id: { $gt: after.id } };
  const due = new Date(after.due);
  return { $or: [{ dueAt: { $gt: due } }, { dueAt: due, id: { $gt: after.id } }, { dueAt: null }] };
}

const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

async function filterConditions(
  context: TasksContext,
  userId: string,
  filter: TaskListFilter,
  now: Date,
): Promise<FilterQuery<Task>[]> {
  const where: FilterQuery<Task>[] = [{ user: userId, isDeleted: false }];
  if (filter.status?.length) where.push({ status: { $in: filter.status } });
  if (filter.categoryId) where.push({ category: filter.categoryId });
  if (filter.parentTaskId) where.push({ parentTask: filter.parentTaskId });
  if (filter.topLevelOnly) where.push({ parentTask: null });
  // dueAt is the due instant of timed and all-day tasks alike (see taskDueInstant).
  if (filter.dueFrom) where.push({ dueAt: { $gte: filter.dueFrom } });
  if (filter.dueTo) where.push({ dueAt: { $lte: filter.dueTo } });
  if (filter.dueToday || filter.overdue || filter.startedOnly) {
    // "Today" is the user's day in their own zone and day start, whatever the server's zone is.
    const [user] = await (context.users ?? usersFrom(context.em))([userId]);
    if (!user) throw notFound("User");
    const days = userDaysOf(user);
    const todayDate = userDayOf(days, now);
    const today = userDayBounds(days, todayDate);
    if (filter.dueToday) where.push({ dueAt: { $gte: today.start, $lt: today.end } });
    if (filter.overdue) where.push({ dueAt: { $lt: today.start }, status: { $in: openStatuses } });
    if (filter.startedOnly) where.push({ $or: [{ startOn: null }, { startOn: { $lte: todayDate } }] });
  }
  if (filter.search) {
    // ILIKE '%term%' is served by the pg_trgm GIN indexes on title and description.
    const pattern = likePattern(filter.search);
    where.push({ $or: [{ title: { $ilike: pattern } }, { description: { $ilike: pattern } }] });
  }
  // One semi-join per tag (task_tags' unique (task_id, tag_id) index): tasks carrying all of them.
  for (const tag of filter.tagIds ?? []) where.push({ tagLinks: { $some: { tag } } });
  return where;
}
