import "reflect-metadata";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { type AddressInfo } from "node:net";
import { type FrequencyType, type HabitTargetType } from "@momentum/db";
import {
  AccessTokens,
  calendarOf,
  evaluateFrom,
  type HabitLogFact,
  parseFrequency,
  readStoredHabitState,
  resumePointOf,
  targetOf,
  userDayBounds,
  userDayOf,
  verifyPassword,
} from "@momentum/domain";
import { Pool } from "pg";
import { type ApiConfig, loadApiConfig } from "../config";

// The floor the API is compared with: the today screen written by hand over node:http and pg, returning
// the same JSON as the GraphQL query, with the same token check and the same pure rules for habits
// (resumed from each habit's stored checkpoint with the logs from there on, as the API does).

const priorityNames = ["NONE", "LOW", "MEDIUM", "HIGH", "URGENT"];
const statusName = (status: string) => status.toUpperCase();
const iso = (value: Date | null) => (value ? value.toISOString() : null);

export interface RawTodayServer {
  url: string;
  stop(): Promise<void>;
}

export async function startRawTodayServer(options: {
  databaseUrl: string;
  analyticsDatabaseUrl: string;
  accessTokens: ApiConfig["accessTokens"];
  port?: number;
}): Promise<RawTodayServer> {
  const tokens = new AccessTokens(options.accessTokens);
  const main = new Pool({ connectionString: options.databaseUrl, max: 10 });
  const analytics = new Pool({ connectionString: options.analyticsDatabaseUrl, max: 4 });
  const hashes = new Map<string, string>();

  async function today(userId: string) {
    const {
      rows: [user],
    } = await main.query<{ timezone: string; dayStartTime: string; settings: Record<string, unknown> }>(
      `select timezone, day_start_time as "dayStartTime", settings from users where id = $1 and deleted_at is null`,
      [userId],
    );
    if (!user) throw new Error("no such user");
    const calendar = calendarOf(user);
    const day = userDayOf(calendar, new Date());
    const bounds = userDayBounds(calendar, day);
    const [stats, metric, tasks, count, habits, logs, goals] = await Promise.all([
      main.query<Record<string, number>>(
        `select
           coalesce((select c.tasks_completed from user_task_counts c where c.user_id = $1), 0) as "tasksCompleted",
           (select count(*) from habit_logs l join habits h on h.id = l.habit_id
             where l.user_id = $1 and l.completed_date = $2 and l.skip_reason is null and not h.is_archived)::int as "habitsCompletedToday",
           (select count(*) from goals g where g.user_id = $1 and g.status = 'active' and not g.is_archived)::int as "activeGoals",
           (select coalesce(max(h.longest_streak), 0) from habits h where h.user_id = $1)::int as "longestStreak",
           (select coalesce(sum(a.points), 0) from user_achievements ua join achievements a on a.id = ua.achievement_id
             where ua.user_id = $1 and ua.progress >= 100)::int as "points"`,
        [userId, day],
      ),
      analytics.query<{ score: number | null }>(
        "select productivity_score::float8 as score from productivity_metrics where user_id = $1 and date = $2",
        [userId, day],
      ),
      main.query<{
        id: string;
        title: string;
        priority: number;
        status: string;
        due_date: Date | null;
        category: { name: string; color: string } | null;
        subtasks: { id: string; title: string; status: string }[];
      }>(
        `select t.id, t.title, t.priority, t.status, t.due_date,
           case when c.id is not null and not c.is_deleted then json_build_object('name', c.name, 'color', c.color) end as category,
           coalesce((select json_agg(json_build_object('id', s.id, 'title', s.title, 'status', s.status)
                                     order by s.due_at asc nulls last, s.id)
                     from tasks s where s.parent_task_id = t.id and not s.is_deleted), '[]') as subtasks
         from tasks t left join categories c on c.id = t.category_id
         where t.user_id = $1 and not t.is_deleted and t.due_at >= $2 and t.due_at < $3
         order by t.due_at asc nulls last, t.id limit 50`,
        [userId, bounds.start, bounds.end],
      ),
      main.query<{ count: number }>(
        `select count(*)::int as count from tasks
         where user_id = $1 and not is_deleted and due_at >= $2 and due_at < $3`,
        [userId, bounds.start, bounds.end],
      ),
      main.query<{
        id: string;
        title: string;
        longest_streak: number;
        frequency_type: FrequencyType;
        frequency_config: unknown;
        start_date: string;
        end_date: string | null;
        streak_checkpoint: unknown;
        target_value: number | null;
        target_type: HabitTargetType;
      }>(
        `select id, title, longest_streak, frequency_type, frequency_config, target_value::float8, target_type,
           to_char(start_date, 'YYYY-MM-DD') as start_date, to_char(end_date, 'YYYY-MM-DD') as end_date,
           streak_checkpoint
         from habits where user_id = $1 and not is_archived order by created_at, id`,
        [userId],
      ),
      // The logs from each habit's checkpoint on (a habit whose checkpoint does not fit is read again below).
      main.query<{ habit_id: string; date: string; value: number | null; skipped: boolean }>(
        `select l.habit_id, to_char(l.completed_date, 'YYYY-MM-DD') as date, l.value::float8 as value,
           l.skip_reason is not null as skipped
         from habits h join habit_logs l on l.habit_id = h.id
           and l.completed_date >= coalesce((h.streak_checkpoint->'checkpoint'->>'day')::date, '-infinity'::date)
         where h.user_id = $1 and not h.is_archived`,
        [userId],
      ),
      main.query<{
        id: string;
        title: string;
        progress: number;
        milestones: { id: string; title: string; completedAt: string | null }[];
      }>(
        `select g.id, g.title, g.progress::float8 as progress,
           coalesce((select json_agg(json_build_object('id', m.id, 'title', m.title, 'completedAt', m.completed_at)
                                     order by m.position, m.id)
                     from milestones m where m.goal_id = g.id), '[]') as milestones
         from goals g where g.user_id = $1 and not g.is_archived and g.status = 'active'
         order by g.created_at, g.id`,
        [userId],
      ),
    ]);

    const schedules = new Map(
      habits.rows.map((habit) => {
        const schedule = {
          frequency: parseFrequency(habit.frequency_type, habit.frequency_config, "frequencyConfig"),
          target: targetOf({ targetValue: habit.target_value, targetType: habit.target_type }),
          startDate: habit.start_date,
          endDate: habit.end_date,
        };
        const stored = readStoredHabitState(habit.streak_checkpoint);
        return [habit.id, { schedule, from: resumePointOf(stored, schedule, calendar.weekStartsOn, day) }];
      }),
    );
    const logsByHabit = new Map<string, HabitLogFact[]>();
    const collect = (rows: typeof logs.rows) => {
      for (const log of rows) {
        let list = logsByHabit.get(log.habit_id);
        if (!list) logsByHabit.set(log.habit_id, (list = []));
        list.push({ date: log.date, status: log.skipped ? "skipped" : "done", value: log.value });
      }
    };
    const walkedFromStart = habits.rows
      .filter((habit) => habit.streak_checkpoint !== null && !schedules.get(habit.id)!.from)
      .map((habit) => habit.id);
    collect(logs.rows.filter((log) => !walkedFromStart.includes(log.habit_id)));
    if (walkedFromStart.length > 0) {
      const all = await main.query<(typeof logs.rows)[number]>(
        `select habit_id, to_char(completed_date, 'YYYY-MM-DD') as date, value::float8 as value,
           skip_reason is not null as skipped
         from habit_logs where habit_id = any($1::uuid[])`,
        [walkedFromStart],
      );
      collect(all.rows);
    }
    return {
      data: {
        me: { stats: { ...stats.rows[0], productivityScoreToday: metric.rows[0]?.score ?? null } },
        tasks: {
          totalCount: count.rows[0]!.count,
          edges: tasks.rows.map((task) => ({
            node: {
              id: task.id,
              title: task.title,
              priority: priorityNames[task.priority],
              status: statusName(task.status),
              dueDate: iso(task.due_date),
              category: task.category,
              subtasks: task.subtasks.map((subtask) => ({ ...subtask, status: statusName(subtask.status) })),
            },
          })),
        },
        habits: habits.rows.map((habit) => {
          const { schedule, from } = schedules.get(habit.id)!;
          const evaluation = evaluateFrom(
            schedule,
            calendar.weekStartsOn,
            day,
            from,
            logsByHabit.get(habit.id) ?? [],
          );
          const { progress } = evaluation;
          return {
            id: habit.id,
            title: habit.title,
            currentStreak: evaluation.currentStreak,
            longestStreak: habit.longest_streak,
            progress: {
              isDueToday: progress.isDueToday,
              isCompletedToday: progress.isCompletedToday,
              completedInPeriod: progress.completedInPeriod,
              targetInPeriod: progress.targetInPeriod,
              strength: progress.strength,
              completionRate30d: progress.completionRate30d,
            },
          };
        }),
        goals: goals.rows.map((goal) => ({
          ...goal,
          milestones: goal.milestones.map((milestone) => ({
            ...milestone,
            completedAt: milestone.completedAt ? new Date(milestone.completedAt).toISOString() : null,
          })),
        })),
      },
    };
  }

  async function signInCompare(body: { login: string; password: string }) {
    let hash = hashes.get(body.login);
    if (!hash) {
      const { rows } = await main.query<{ password_hash: string }>(
        "select password_hash from users where lower(username) = lower($1)",
        [body.login],
      );
      hash = rows[0]!.password_hash;
      hashes.set(body.login, hash);
    }
    return { data: { signIn: { ok: await verifyPassword(body.password, hash) } } };
  }

  const readBody = async (request: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    return JSON.parse(Buffer.concat(chunks).toString("utf8")) as { login: string; password: string };
  };

  async function handle(request: IncomingMessage, response: ServerResponse) {
    try {
      let body: unknown;
      if (request.url === "/signin") body = await signInCompare(await readBody(request));
      else {
        const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? "")?.[1] ?? "";
        const claims = await tokens.verify(token);
        if (request.method === "POST") await readBody(request).catch(() => undefined);
        body = await today(claims.userId);
      }
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
    } catch (error) {
      response.writeHead(500).end(String(error));
    }
  }

  const server = createServer((request, response) => void handle(request, response));
  await new Promise<void>((listening) => server.listen(options.port ?? 0, "127.0.0.1", listening));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      server.closeAllConnections();
      await new Promise((closed) => server.close(closed));
      await Promise.all([main.end(), analytics.end()]);
    },
  };
}

// Spawned by the benchmark, so the load generator, the API and this server each have their own process.
if (require.main === module) {
  const config = loadApiConfig();
  void startRawTodayServer({
    databaseUrl: config.databaseUrl,
    analyticsDatabaseUrl: config.analyticsDatabaseUrl,
    accessTokens: config.accessTokens,
    port: config.port,
  }).then((server) => {
    process.send?.({ url: server.url });
    process.once("SIGTERM", () => void server.stop().then(() => process.exit(0)));
  });
}
