import "@momentum/node-runtime/check";
import "reflect-metadata";
import { createTestDatabases } from "@momentum/db/testing";
import { hashPassword } from "@momentum/domain";
import { Pool } from "pg";
import { callGraphql } from "../testing/test-api";
import { benchApiEnvironment, runBench, startBenchServers } from "./bench-processes";
import { spawnService } from "../testing/service-process";
import { bestMeasuredOfAlternating, measuredLoad, type MeasuredLoad } from "./measured-load";
import { runLoad } from "./load-run";
import { BASE_USER, BENCH_PASSWORD, seedReadPathUser } from "./read-path-seed";
import { SIGN_IN_QUERY, TODAY_QUERY } from "./read-path-queries";

// The today-screen figure of the read-path benchmark alone, for profiling: the base user's today query
// against the API and the raw-SQL server at 32 connections, with each server's CPU per request.
// BENCH_CPU_PROFILE_DIR=dir writes the API's CPU profile there; BENCH_SECONDS applies.
// BENCH_BASELINE_MAIN=path/to/apps/api/dist/main.js also starts that build of the API (an earlier commit's,
// copied aside: docs/performance.md says how) on the same databases and alternates loads between the two,
// printing every round: on this shared machine a change shows against its baseline within one run.

const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const print = (line = "") => process.stdout.write(`${line}\n`);
const COST = 4;

runBench(async (onExit) => {
  const databases = await createTestDatabases("today");
  onExit(() => databases.drop());
  const bench = benchApiEnvironment("today", databases, { BCRYPT_COST: String(COST) });
  bench.removeTraces.forEach(onExit);
  const pool = new Pool({ connectionString: databases.mainUrl, max: 2 });
  const user = await seedReadPathUser(pool, BASE_USER, await hashPassword(BENCH_PASSWORD, COST));
  await pool.query("analyze");
  await pool.end();

  const { api, raw } = await startBenchServers(bench, databases, onExit);

  const signedIn = await callGraphql<{ signIn: { accessToken: string } }>(api.url, SIGN_IN_QUERY, {
    login: user.login,
    password: BENCH_PASSWORD,
  });
  const token = signedIn.data!.signIn.accessToken;
  const load = (url: string, pid: number | undefined) => ({
    url,
    connections: 32,
    seconds,
    body: { query: TODAY_QUERY },
    token,
    pid,
  });
  for (const url of [`${api.url}/graphql`, raw.url])
    await runLoad({ url, connections: 8, seconds: 2, body: { query: TODAY_QUERY }, token });
  const [fromApi, fromRaw] = await bestMeasuredOfAlternating([
    load(`${api.url}/graphql`, api.child.pid),
    load(raw.url, raw.child.pid),
  ]);
  const line = (name: string, figure: MeasuredLoad) =>
    `${name} ${figure.requestsPerSecond.toFixed(1)} req/s (${figure.failures} failed), p50 ${figure.p50} ms, p99 ${figure.p99} ms, CPU ${figure.cpuMsPerRequest?.toFixed(1) ?? "?"} ms a request`;
  print(line("API", fromApi));
  print(line("raw", fromRaw));
  print(
    `API at ${((fromApi.requestsPerSecond / fromRaw.requestsPerSecond) * 100).toFixed(0)}% of raw (target ≥ 60%)`,
  );

  const baselineMain = process.env.BENCH_BASELINE_MAIN;
  if (!baselineMain) return;
  const baseline = await spawnService("api", {
    namespace: bench.namespace,
    analyticsDatabaseUrl: databases.analyticsUrl,
    logLevel: "error",
    extra: bench.env,
    main: baselineMain,
  });
  onExit(() => baseline.kill("SIGTERM"));
  await baseline.waitUntilReady(30_000);
  await runLoad({
    url: `${baseline.url}/graphql`,
    connections: 8,
    seconds: 2,
    body: { query: TODAY_QUERY },
    token,
  });
  const rounds: Record<"this build" | "baseline", MeasuredLoad[]> = { "this build": [], baseline: [] };
  for (let round = 0; round < 6; round++) {
    const pair = [
      ["this build", api],
      ["baseline", baseline],
    ] as const;
    for (const [name, server] of round % 2 === 0 ? pair : [...pair].reverse()) {
      rounds[name].push(
        await measuredLoad(load(`${server.url}/graphql`, server.child.pid), server.child.pid),
      );
    }
  }
  for (const [name, figures] of Object.entries(rounds)) {
    const cpu = figures.map((figure) => figure.cpuMsPerRequest?.toFixed(1) ?? "?").join(", ");
    print(`${name}: CPU ${cpu} ms a request (${figures.reduce((sum, f) => sum + f.failures, 0)} failed)`);
  }
});
