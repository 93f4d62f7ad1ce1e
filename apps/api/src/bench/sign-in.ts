import "@momentum/node-runtime/check";
import "reflect-metadata";
import { createTestDatabases } from "@momentum/db/testing";
import { hashPassword } from "@momentum/domain";
import { Pool } from "pg";
import { benchApiEnvironment, runBench, startBenchServers } from "./bench-processes";
import { BENCH_PASSWORD, seedReadPathUser } from "./read-path-seed";
import { compareSignIn } from "./sign-in-comparison";

// The sign-in figure of the read-path benchmark alone (issue 13 item 6), for profiling the sign-in path
// without seeding 100,000 tasks: signIn throughput against a bare bcrypt compare at the same cost.
// BENCH_CPU_PROFILE_DIR=dir writes the API's CPU profile there; BCRYPT_COST and BENCH_SECONDS apply.

const cost = Number(process.env.BCRYPT_COST ?? 10);
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const print = (line = "") => process.stdout.write(`${line}\n`);

runBench(async (onExit) => {
  const databases = await createTestDatabases("sign_in");
  onExit(() => databases.drop());
  const bench = benchApiEnvironment("sign-in", databases, { BCRYPT_COST: String(cost) });
  bench.removeTraces.forEach(onExit);
  const pool = new Pool({ connectionString: databases.mainUrl, max: 2 });
  const nothing = { dueToday: 0, withSubtasks: 0, habits: 0, habitHistoryYears: 0, goals: 0 };
  const user = await seedReadPathUser(
    pool,
    { label: "signin", tasks: 10, cancelsTasks: false, ...nothing },
    await hashPassword(BENCH_PASSWORD, cost),
  );
  await pool.end();

  const { api, raw } = await startBenchServers(bench, databases, onExit);

  const pids = { api: api.child.pid, raw: raw.child.pid };
  await compareSignIn(`${api.url}/graphql`, raw.url, user.login, 2); // warm-up
  const [signIn, compare] = await compareSignIn(`${api.url}/graphql`, raw.url, user.login, seconds, pids);
  print(`bcrypt cost ${cost}, 8 connections, best of two ${seconds} s runs each`);
  print(
    `signIn        ${signIn.requestsPerSecond.toFixed(1)} req/s (${signIn.failures} failed), p50 ${signIn.p50} ms`,
  );
  print(
    `bare compare  ${compare.requestsPerSecond.toFixed(1)} req/s (${compare.failures} failed), p50 ${compare.p50} ms`,
  );
  print(
    `signIn at ${((signIn.requestsPerSecond / compare.requestsPerSecond) * 100).toFixed(0)}% of a bare compare (target ≥ 90%)`,
  );
  const cpu = (figure: typeof signIn) => figure.cpuMsPerRequest?.toFixed(1) ?? "?";
  print(
    `CPU per request in the serving process: signIn ${cpu(signIn)} ms, bare compare ${cpu(compare)} ms` +
      ` (signIn's throughput at equal CPU: ${((compare.cpuMsPerRequest! / signIn.cpuMsPerRequest!) * 100).toFixed(0)}%)`,
  );
});
