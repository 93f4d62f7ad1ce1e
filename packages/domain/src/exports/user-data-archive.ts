import { type EntityManager, IsolationLevel } from "@mikro-orm/postgresql";

/** The archive's own shape marker, so an import (and a person) can tell what the file is. */
export const dataArchiveFormat = { format: "momentum-export", version: 1 } as const;

/** One section: every row of the user's, as JSON with the table's column names, oldest first. */
const rowsOf = (table: string, options: { omit?: string[]; nested?: string } = {}) => {
  const row = `to_jsonb(t)${(options.omit ?? []).map((column) => ` - '${column}'`).join("")}`;
  return `select coalesce(jsonb_agg(${options.nested ? `${row} || ${options.nested}` : row} order by t.created_at, t.id), '[]'::jsonb) as rows
    from ${table} t where t.user_id = ?`;
};

/** A nested list of a row's children (`key`), from `table` joined on `column` = the parent's id. */
const childrenOf = (key: string, table: string, column: string, order = "c.created_at, c.id") =>
  `jsonb_build_object('${key}', (select coalesce(jsonb_agg(to_jsonb(c) - 'user_id' order by ${order}), '[]'::jsonb)
    from ${table} c where c.${column} = t.id))`;

/** The ids of the tags on a row (`table` links them by `column` = the parent's id), as `tagIds`. */
const tagIdsOf = (table: string, column: string) =>
  `jsonb_build_object('tagIds', (select coalesce(jsonb_agg(c.tag_id order by c.created_at, c.id), '[]'::jsonb)
    from ${table} c where c.${column} = t.id))`;

/**
 * Everything the main database holds of one user, section by section: the profile (no password hash),
 * categories, tags, saved filters, tasks with their history, reminders and tag ids, habits with logs,
 * streaks, reminders and tag ids, goals with updates, milestones and links, achievements earned and devices (no push token).
 * Read in one repeatable-read transaction, so the sections agree with each other.
 */
const mainSections = {
  profile: `select to_jsonb(t) - 'password_hash' as rows from users t where t.id = ?`,
  categories: rowsOf("categories"),
  tags: rowsOf("tags"),
  savedFilters: rowsOf("saved_filters"),
  tasks: rowsOf("tasks", {
    nested: [
      childrenOf("history", "task_history", "task_id"),
      childrenOf("reminders", "task_reminders", "task_id", "c.position, c.id"),
      tagIdsOf("task_tags", "task_id"),
    ].join(" || "),
  }),
  habits: rowsOf("habits", {
    omit: ["streak_checkpoint"],
    nested: [
      childrenOf("logs", "habit_logs", "habit_id", "c.completed_date, c.id"),
      childrenOf("streaks", "streaks", "habit_id"),
      childrenOf("reminders", "habit_reminders", "habit_id", "c.position, c.id"),
      tagIdsOf("habit_tags", "habit_id"),
    ].join(" || "),
  }),
  goals: rowsOf("goals", {
    nested: [
      childrenOf("updates", "goal_updates", "goal_id"),
      childrenOf("milestones", "milestones", "goal_id", "c.position, c.id"),
      childrenOf("linkedTasks", "goal_tasks", "goal_id"),
      childrenOf("linkedHabits", "goal_habits", "goal_id"),
    ].join(" || "),
  }),
  achievements: `select coalesce(jsonb_agg(jsonb_build_object('name', a.name, 'points', a.points, 'earnedAt', t.earned_at,
      'progress', t.progress) order by t.earned_at, t.id), '[]'::jsonb) as rows
    from user_achievements t join achievements a on a.id = t.achievement_id where t.user_id = ?`,
  devices: `select coalesce(jsonb_agg(to_jsonb(t) - 'token' order by t.created_at, t.id), '[]'::jsonb) as rows
    from devices t where t.user_id = ?`,
};

const analyticsSections = {
  activity: `select coalesce(jsonb_agg(to_jsonb(t) order by t.created_at, t.id), '[]'::jsonb) as rows
    from user_activity t where t.user_id = ?`,
  productivity: `select coalesce(jsonb_agg(to_jsonb(t) order by t.date), '[]'::jsonb) as rows
    from productivity_metrics t where t.user_id = ?`,
};

async function readSections<K extends string>(
  em: EntityManager,
  sections: Record<K, string>,
  userId: string,
): Promise<Record<K, unknown>> {
  return em.transactional(
    async (tx) => {
      const result = {} as Record<K, unknown>;
      for (const [name, query] of Object.entries(sections) as [K, string][]) {
        const [row] = await tx
          .getConnection()
          .execute<{ rows: unknown }[]>(query, [userId], "all", tx.getTransactionContext());
        result[name] = row?.rows ?? null;
      }
      return result;
    },
    { isolationLevel: IsolationLevel.REPEATABLE_READ },
  );
}

/** The whole archive of one user: main database and analytics rows, as one JSON document. */
export async function userDataArchive(
  em: EntityManager,
  analyticsEm: EntityManager,
  userId: string,
  now: Date,
): Promise<Record<string, unknown>> {
  const main = await readSections(em, mainSections, userId);
  const analytics = await readSections(analyticsEm, analyticsSections, userId);
  return { ...dataArchiveFormat, exportedAt: now.toISOString(), userId, ...main, analytics };
}
