import { fork, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { resolve } from "node:path";
import { messagingTopology } from "@momentum/domain";
import { deleteTopology } from "@momentum/platform";
import { Connection } from "rabbitmq-client";
import { loadApiConfig } from "../config";
import { spawnService, type ServiceProcess } from "../testing/service-process";
import { removeKeys } from "../testing/test-api";

/**
 * The environment of an API under benchmark: production, on the run's own databases, Redis prefix and
 * broker names, with the per-address limits out of the way (the load comes from one address); and what
 * removes its Redis keys and broker topology afterwards.
 */
export function benchApiEnvironment(
  label: string,
  databases: { mainUrl: string; analyticsUrl: string },
  extra: Record<string, string>,
) {
  const id = randomBytes(4).toString("hex");
  const namespace = `bench-${label}-${id}`;
  const env: Record<string, string> = {
    NODE_ENV: "production",
    JWT_SECRET: randomBytes(32).toString("hex"),
    REFRESH_TOKEN_KEY: randomBytes(32).toString("hex"),
    DASHBOARD_PROXY_SECRET: randomBytes(32).toString("hex"),
    REDIS_KEY_PREFIX: `bench:${id}:`,
    AMQP_NAMESPACE: namespace,
    OUTBOX_POLL_MS: "60000",
    REMINDERS_ENABLED: "false",
    RATE_LIMIT_AUTH_CALLS_PER_ADDRESS: "1000000",
    RATE_LIMIT_OPERATIONS_PER_USER: "1000000",
    // Attempts are taken before the comparison: eight sign-ins in flight for one login must all fit.
    RATE_LIMIT_SIGN_IN_FAILURES_PER_LOGIN_AND_ADDRESS: "1000000",
    DATABASE_URL: databases.mainUrl,
    ANALYTICS_DATABASE_URL: databases.analyticsUrl,
    ...extra,
  };
  const config = loadApiConfig({ ...process.env, ...env });
  const removeTraces = [
    () => removeKeys(config.redis.url, config.redis.keyPrefix),
    async () => {
      const rabbit = new Connection(config.amqp.url);
      await deleteTopology(rabbit, messagingTopology(namespace)).finally(() => rabbit.close());
    },
  ];
  return { env, namespace, removeTraces };
}

/** The raw-SQL floor server in a process of its own, answering once it listens. */
export function forkRawServer(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = fork(resolve(__dirname, "raw-today-server.js"), [], {
    env: { ...process.env, ...env, API_PORT: "0" },
  });
  return new Promise((ready, failed) => {
    child.once("message", (message: { url: string }) => ready({ child, url: message.url }));
    child.once("exit", (code) => failed(new Error(`the raw server exited with ${code}`)));
  });
}

export const stopChild = (child: ChildProcess) =>
  new Promise<void>((gone) => {
    if (child.exitCode !== null) return gone();
    child.once("exit", () => gone());
    child.kill("SIGTERM");
  });

/** Registers what a benchmark must undo when it ends; the last registered is undone first. */
export type OnExit = (cleanup: () => Promise<unknown>) => void;

/**
 * Runs a benchmark: its clean-ups run when it ends, whatever happened (each failure printed, none
 * skipped), then the process exits 0, or 1 with the error.
 */
export function runBench(body: (onExit: OnExit) => Promise<void>): void {
  const cleanups: (() => Promise<unknown>)[] = [];
  const run = async () => {
    try {
      await body((cleanup) => cleanups.unshift(cleanup));
    } finally {
      for (const cleanup of cleanups)
        await cleanup().catch((error: unknown) => process.stdout.write(`cleanup: ${String(error)}\n`));
    }
  };
  run().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}

/**
 * The API (BENCH_CPU_PROFILE_DIR=dir writes its CPU profile there when it stops) and the raw-SQL server,
 * on the benchmark's environment, ready to answer; both stop when the benchmark ends.
 */
export async function startBenchServers(
  bench: { env: Record<string, string>; namespace: string },
  databases: { analyticsUrl: string },
  onExit: OnExit,
): Promise<{ api: ServiceProcess; raw: { child: ChildProcess; url: string } }> {
  const profileDir = process.env.BENCH_CPU_PROFILE_DIR;
  const api = await spawnService("api", {
    namespace: bench.namespace,
    analyticsDatabaseUrl: databases.analyticsUrl,
    logLevel: "error",
    extra: bench.env,
    nodeArgs: profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [],
  });
  onExit(() => api.kill("SIGTERM"));
  await api.waitUntilReady(30_000);
  const raw = await forkRawServer(bench.env);
  onExit(() => stopChild(raw.child));
  return { api, raw };
}
