import "@momentum/node-runtime/check";
import "reflect-metadata";
import { createTestDatabases } from "@momentum/db/testing";
import { hashPassword } from "@momentum/domain";
import { Pool } from "pg";
import { callGraphql } from "../testing/test-api";
import { benchApiEnvironment, runBench, startBenchServers } from "./bench-processes";
import { bestMeasuredOfAlternating, type MeasuredLoad } from "./measured-load";
import { runLoad } from "./load-run";
import { BASE_USER, BENCH_PASSWORD, seedReadPathUser } from "./read-path-seed";
import { SIGN_IN_QUERY, TODAY_QUERY } from "./read-path-queries";

// The today-screen figure of the read-path benchmark alone, for profiling: the base user's today query
// against the API and the raw-SQL server at 32 connections, with each server's CPU per request.
// BENCH_CPU_PROFILE_DIR=dir writes the API's CPU profile there; BENCH_SECONDS applies.

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
});
