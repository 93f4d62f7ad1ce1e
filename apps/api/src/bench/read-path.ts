import "@momentum/node-runtime/check";
import "reflect-metadata";
import { createTestDatabases } from "@momentum/db/testing";
import { calendarDateOf, dayNumberOf, hashPassword, todayIn } from "@momentum/domain";
import { Pool } from "pg";
import { callGraphql } from "../testing/test-api";
import { benchApiEnvironment, runBench, startBenchServers } from "./bench-processes";
import { bestOfAlternating, runLoad, type LoadResult } from "./load-run";
import {
  BASE_USER,
  BENCH_PASSWORD,
  BENCH_ZONE,
  seedReadPathUser,
  type ReadPathUserShape,
  type SeededUser,
} from "./read-path-seed";
import { compareSignIn } from "./sign-in-comparison";
import { countTodayStatements } from "./today-statement-count";
import {
  FIRST_PAGE_QUERY,
  fetchJson,
  HABIT_LOGS_MONTH_QUERY,
  HABITS_QUERY,
  OVERDUE_PAGE_QUERY,
  SCREEN_LIST_QUERIES,
  SIGN_IN_QUERY,
  TODAY_QUERY,
} from "./read-path-queries";

// The read-path benchmark (issue 13): seeds users straight into a database of its own, then measures
// the today screen against the API and a hand-written raw-SQL server, statements per request, growth
// with data, the first task page at 100 and 100,000 tasks, and signIn against a bare bcrypt compare.
// Measured, never asserted: docs/performance.md says how to read the table.

/** bcrypt cost for the seeded accounts: the production 12 would leave too few sign-ins per run to compare. */
const BENCH_BCRYPT_COST = 10;
const LOAD_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 32;

/** A user with tasks and nothing else; none cancelled, so their CANCELLED list is empty. */
function tasksOnly(label: string, tasks: number): ReadPathUserShape {
  const nothing = { dueToday: 0, withSubtasks: 0, habits: 0, habitHistoryYears: 0, goals: 0 };
  return { label, tasks, cancelsTasks: false, ...nothing };
}

const users: Record<"base" | "heavy" | "hundred" | "hundredThousand", ReadPathUserShape> = {
  base: BASE_USER,
  heavy: {
    label: "heavy",
    tasks: 5000,
    dueToday: 30,
    withSubtasks: 300,
    cancelsTasks: true,
    habits: 20,
    habitHistoryYears: 8,
    goals: 10,
  },
  hundred: tasksOnly("t100", 100),
  hundredThousand: tasksOnly("t100k", 100_000),
};

type Row = [figure: string, api: string, raw: string, note: string];
const rows: Row[] = [];
const print = (line = "") => process.stdout.write(`${line}\n`);
const ms = (value: number) => `${value.toFixed(1)} ms`;
const rps = (result: LoadResult) =>
  `${result.requestsPerSecond.toFixed(1)} req/s${result.failures ? ` (${result.failures} failed)` : ""}`;
const load = (result: LoadResult) => `${rps(result)}, p50 ${ms(result.p50)}, p99 ${ms(result.p99)}`;
const ratio = (a: number, b: number) => `${((a / b) * 100).toFixed(0)}%`;

/** Key order aside, two answers are the same JSON. */
const canonical = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(canonical)
    : value && typeof value === "object"
      ? Object.fromEntries(
          Object.entries(value)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([key, inner]) => [key, canonical(inner)]),
        )
      : value;

runBench(async (onExit) => {
  const started = Date.now();
  print("read-path benchmark: seeding…");
  const databases = await createTestDatabases("read_path");
  onExit(() => databases.drop());
  const bench = benchApiEnvironment("read-path", databases, { BCRYPT_COST: String(BENCH_BCRYPT_COST) });
  const fullEnv = bench.env;
  bench.removeTraces.forEach(onExit);

  const pool = new Pool({ connectionString: databases.mainUrl, max: 4 });
  const passwordHash = await hashPassword(BENCH_PASSWORD, BENCH_BCRYPT_COST);
  const seeded = {} as Record<keyof typeof users, SeededUser>;
  for (const [key, shape] of Object.entries(users) as [keyof typeof users, ReadPathUserShape][]) {
    seeded[key] = await seedReadPathUser(pool, shape, passwordHash);
  }
  await pool.query("analyze");
  await pool.end();
  print(`seeded in ${((Date.now() - started) / 1000).toFixed(1)} s; starting the API and the raw server…`);

  const { api, raw } = await startBenchServers(bench, databases, onExit);
  const apiUrl = `${api.url}/graphql`;

  const tokens = {} as Record<keyof typeof users, string>;
  for (const key of Object.keys(users) as (keyof typeof users)[]) {
    const response = await callGraphql<{ signIn: { accessToken: string } }>(api.url, SIGN_IN_QUERY, {
      login: seeded[key].login,
      password: BENCH_PASSWORD,
    });
    if (!response.data) throw new Error(`signIn failed: ${JSON.stringify(response.errors)}`);
    tokens[key] = response.data.signIn.accessToken;
  }

  // The two servers must give the same answer before their speed means anything.
  for (const key of ["base", "heavy"] as const) {
    const [fromApi, fromRaw] = await Promise.all([
      fetchJson(apiUrl, { query: TODAY_QUERY }, tokens[key]),
      fetchJson(raw.url, { query: TODAY_QUERY }, tokens[key]),
    ]);
    if (JSON.stringify(canonical(fromApi)) !== JSON.stringify(canonical(fromRaw))) {
      print(JSON.stringify(fromApi).slice(0, 2000));
      print(JSON.stringify(fromRaw).slice(0, 2000));
      throw new Error(`the API and the raw server answer the today query differently for ${key}`);
    }
  }
  print("the API and the raw server return the same JSON for the today query (base and heavy user)");

  // Throughput at 32 connections after a short warm-up of each server, alternated (best of two each).
  const today = { query: TODAY_QUERY };
  await runLoad({ url: apiUrl, connections: 8, seconds: 2, body: today, token: tokens.base });
  await runLoad({ url: raw.url, connections: 8, seconds: 2, body: today, token: tokens.base });
  const [apiToday, rawToday] = await bestOfAlternating(
    { url: apiUrl, connections: CONNECTIONS, seconds: LOAD_SECONDS, body: today, token: tokens.base },
    { url: raw.url, connections: CONNECTIONS, seconds: LOAD_SECONDS, body: today, token: tokens.base },
  );
  rows.push([
    `today query, ${CONNECTIONS} connections`,
    load(apiToday),
    load(rawToday),
    `API at ${ratio(apiToday.requestsPerSecond, rawToday.requestsPerSecond)} of raw (target ≥ 60%)`,
  ]);

  // One request at a time: latency of the base user against 10x tasks and 4x history.
  const single = (url: string, key: keyof typeof users, body: unknown = today) =>
    runLoad({ url, connections: 1, seconds: Math.max(3, LOAD_SECONDS / 2), body, token: tokens[key] });
  const [apiBase, apiHeavy] = [await single(apiUrl, "base"), await single(apiUrl, "heavy")];
  const [rawBase, rawHeavy] = [await single(raw.url, "base"), await single(raw.url, "heavy")];
  rows.push(["today query, one at a time, base user (mean)", ms(apiBase.mean), ms(rawBase.mean), ""]);
  rows.push([
    "today query, one at a time, 10x tasks + 4x history (mean)",
    ms(apiHeavy.mean),
    ms(rawHeavy.mean),
    `API ${(apiHeavy.mean / apiBase.mean).toFixed(2)}x the base user (target ≤ 1.5x)`,
  ]);
  const [habitsBase, habitsHeavy] = [
    await single(apiUrl, "base", { query: HABITS_QUERY }),
    await single(apiUrl, "heavy", { query: HABITS_QUERY }),
  ];
  rows.push([
    "habits list alone, 2 years → 8 years of logs (mean)",
    `${ms(habitsBase.mean)} → ${ms(habitsHeavy.mean)}`,
    "",
    `${(habitsHeavy.mean / habitsBase.mean).toFixed(2)}x (target ≤ 1.5x)`,
  ]);
  const day = todayIn(BENCH_ZONE, new Date());
  const month = {
    query: HABIT_LOGS_MONTH_QUERY,
    variables: { from: calendarDateOf(dayNumberOf(day) - 30), to: day },
  };
  const [monthBase, monthHeavy] = [await single(apiUrl, "base", month), await single(apiUrl, "heavy", month)];
  rows.push([
    "habit logs of a month (every habit), 2 years → 8 years of logs (mean)",
    `${ms(monthBase.mean)} → ${ms(monthHeavy.mean)}`,
    "",
    `${(monthHeavy.mean / monthBase.mean).toFixed(2)}x (target ≤ 1.5x)`,
  ]);

  // Every other list a screen loads: from the base user to 10x tasks and 4x history, and from 100 to
  // 100,000 tasks (what grows with completed tasks shows there).
  for (const [list, query] of Object.entries(SCREEN_LIST_QUERIES)) {
    const mean = async (key: keyof typeof users) => (await single(apiUrl, key, { query })).mean;
    const [base, heavy] = [await mean("base"), await mean("heavy")];
    const [hundred, hundredThousand] = [await mean("hundred"), await mean("hundredThousand")];
    rows.push([
      `${list} list alone, base → heavy; 100 → 100,000 tasks (mean)`,
      `${ms(base)} → ${ms(heavy)}; ${ms(hundred)} → ${ms(hundredThousand)}`,
      "",
      `${(heavy / base).toFixed(2)}x; ${(hundredThousand / hundred).toFixed(2)}x (target ≤ 1.5x)`,
    ]);
  }

  // First pages at 100 and 100,000 tasks, alternated (best of two each).
  const pageSeconds = Math.max(3, LOAD_SECONDS / 2);
  for (const [name, query] of [
    ["first page of 50 tasks, no filter", FIRST_PAGE_QUERY],
    ["first page of 50 overdue tasks", OVERDUE_PAGE_QUERY],
  ] as const) {
    for (const key of ["hundred", "hundredThousand"] as const)
      await runLoad({ url: apiUrl, connections: 4, seconds: 1, body: { query }, token: tokens[key] });
    const page = (key: "hundred" | "hundredThousand") => ({
      url: apiUrl,
      connections: CONNECTIONS,
      seconds: pageSeconds,
      body: { query },
      token: tokens[key],
    });
    const [small, large] = await bestOfAlternating(page("hundred"), page("hundredThousand"));
    rows.push([`${name}, 100 tasks, ${CONNECTIONS} connections`, load(small), "", ""]);
    rows.push([
      `${name}, 100,000 tasks, ${CONNECTIONS} connections`,
      load(large),
      "",
      `${(small.requestsPerSecond / large.requestsPerSecond).toFixed(2)}x slower than at 100 (target ≤ 1.5x)`,
    ]);
  }

  const [signIn, compare] = await compareSignIn(apiUrl, raw.url, seeded.base.login, pageSeconds);
  rows.push([
    `signIn (bcrypt cost ${BENCH_BCRYPT_COST}), 8 connections`,
    load(signIn),
    load(compare),
    `API at ${ratio(signIn.requestsPerSecond, compare.requestsPerSecond)} of a bare compare (target ≥ 90%)`,
  ]);

  await countTodayStatements(fullEnv, databases, tokens, rows);

  print();
  print(`| figure | API | raw-SQL server | reading |`);
  print(`|---|---|---|---|`);
  for (const row of rows) print(`| ${row.join(" | ")} |`);
  print();
  print(`total ${((Date.now() - started) / 1000).toFixed(0)} s`);
});
