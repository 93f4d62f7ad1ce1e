import "reflect-metadata";
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, existsSync, mkdirSync } from "node:fs";
import { type AddressInfo, type Server, connect, createServer } from "node:net";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { openAnalyticsOrm, openMainOrm } from "@momentum/db";
import { createTestDatabases } from "@momentum/db/testing";
import { messagingTopology } from "@momentum/domain";
import {
  connectRabbit,
  connectRedis,
  redisReady,
  createLogger,
  deleteTopology,
  parseEnv,
  rabbitEnvSchema,
  redisEnvSchema,
} from "@momentum/platform";
import { startMailbox } from "./mailbox";
import { seedAnalystPopulation } from "./seed-analyst-population";
import { seedAnalytics, seedPlatform } from "./seed-platform";

const adminRoot = resolve(__dirname, "..");
const apiMain = resolve(adminRoot, "../api/dist/main.js");
const notifierMain = resolve(adminRoot, "../notifier/dist/main.js");
const nextBin = require.resolve("next/dist/bin/next");
const logDir = join(adminRoot, "test-results");

/**
 * Per run: fresh databases with a staff account and known data, the built API and the built dashboard on
 * ports of the system's choosing, with this run's own Redis prefix and RabbitMQ names. Returns the teardown that undoes it all.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  for (const [built, hint] of [
    [apiMain, "apps/api is not built"],
    [notifierMain, "apps/notifier is not built"],
    [join(adminRoot, ".next/BUILD_ID"), "apps/admin is not built"],
  ] as const) {
    if (!existsSync(built)) throw new Error(`${hint} (${built} missing): run \`npm run build\` first`);
  }

  const runId = randomBytes(4).toString("hex");
  const redisKeyPrefix = `e2e:${runId}:`;
  const amqpNamespace = `e2e-${runId}`;
  const databases = await createTestDatabases("e2e");
  const children: ChildProcess[] = [];
  const servers: Server[] = [];
  let mailbox: Awaited<ReturnType<typeof startMailbox>> | undefined;

  const teardown = async () => {
    await Promise.all(children.map(stop));
    await Promise.all(servers.map((server) => new Promise((closed) => server.close(closed))));
    await mailbox?.close();
    await databases.drop();
    await removeRedisKeys(redisKeyPrefix);
    await removeRabbitTopology(amqpNamespace);
  };

  try {
    const orm = await openMainOrm(databases.mainUrl);
    const analyticsOrm = await openAnalyticsOrm(databases.analyticsUrl);
    try {
      await seedPlatform(orm.em.fork());
      await seedAnalytics(analyticsOrm.em.fork());
      await seedAnalystPopulation(orm.em.fork(), analyticsOrm.em.fork());
    } finally {
      await Promise.all([orm.close(), analyticsOrm.close()]);
    }

    mkdirSync(logDir, { recursive: true });

    // Every server binds port 0 and says where it listens: nothing can take a port between a probe and
    // the bind. The dashboard needs the API's address and the API the dashboard's origin, so the
    // dashboard is given a relay of ours that forwards to the API once the API has started.
    const relay = await startRelay();
    servers.push(relay.server);

    const admin = start("admin", [nextBin, "start", "-p", "0", "-H", "127.0.0.1"], {
      ADMIN_API_URL: relay.url,
      NEXT_TELEMETRY_DISABLED: "1",
    });
    children.push(admin.child);
    const adminUrl = `http://127.0.0.1:${await admin.port(nextListeningPort)}`;

    const api = start("api", [apiMain], {
      NODE_ENV: "test",
      LOG_LEVEL: "info",
      DATABASE_URL: databases.mainUrl,
      ANALYTICS_DATABASE_URL: databases.analyticsUrl,
      API_PORT: "0",
      // Its probes' internal port too, so runs never meet on the default one.
      METRICS_PORT: "0",
      REDIS_KEY_PREFIX: redisKeyPrefix,
      AMQP_NAMESPACE: amqpNamespace,
      ADMIN_ORIGIN: adminUrl,
      BCRYPT_COST: "4",
    });
    children.push(api.child);
    relay.forwardTo(await api.port(apiListeningPort));

    // The notifier e-mails reset links to a real SMTP server of this run (see mailbox.ts).
    mailbox = await startMailbox();
    const notifier = start("notifier", [notifierMain], {
      NODE_ENV: "test",
      LOG_LEVEL: "info",
      DATABASE_URL: databases.mainUrl,
      NOTIFIER_PORT: "0",
      AMQP_NAMESPACE: amqpNamespace,
      SMTP_URL: mailbox.smtpUrl,
      MAIL_FROM: "Momentum <no-reply@momentum.test>",
      PASSWORD_RESET_URL: "https://app.momentum.test/reset-password",
    });
    children.push(notifier.child);
    await waitUntilHealthy(`${adminUrl}/login`, admin.child);

    process.env.E2E_ADMIN_URL = adminUrl;
    // Where a spec reaches the mobile API itself (the relay forwards to it), e.g. to sign a user up.
    process.env.E2E_API_URL = relay.url;
    return teardown;
  } catch (error) {
    await teardown();
    throw error;
  }
}

/** The "listening" line of each server, and the port it names. */
const apiListeningPort = (line: string) => {
  try {
    const entry = JSON.parse(line) as { msg?: string; port?: number };
    return entry.msg === "api listening" ? entry.port : undefined;
  } catch {
    return undefined;
  }
};
const nextListeningPort = (line: string) => /Local:\s+http:\/\/[^\s]+:(\d+)/.exec(line)?.[1];

interface StartedServer {
  child: ChildProcess;
  /** Resolves the port named by the first output line `portIn` reads one from. */
  port(portIn: (line: string) => number | string | undefined): Promise<number>;
}

function start(name: string, args: string[], env: Record<string, string>): StartedServer {
  const log = createWriteStream(join(logDir, `e2e-${name}.log`));
  // Started with node directly (no npx wrapper), so the pid we stop is the server itself.
  const child = spawn(process.execPath, args, {
    cwd: adminRoot,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const lines = createInterface({ input: child.stdout });
  return {
    child,
    port: (portIn) =>
      new Promise((found, failed) => {
        lines.on("line", (line) => {
          const port = portIn(line);
          if (port !== undefined) found(Number(port));
        });
        child.once("exit", (code) =>
          failed(new Error(`${name} exited with ${code} before it listened, see ${logDir}`)),
        );
      }),
  };
}

/** A TCP relay on a port of the system's choosing, forwarding to a local port given later. */
async function startRelay(): Promise<{ server: Server; url: string; forwardTo(port: number): void }> {
  let target: number | undefined;
  const server = createServer((socket) => {
    if (target === undefined) return socket.destroy();
    const upstream = connect(target, "127.0.0.1");
    socket.pipe(upstream).pipe(socket);
    socket.on("error", () => upstream.destroy());
    upstream.on("error", () => socket.destroy());
  });
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  return {
    server,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    forwardTo: (port) => (target = port),
  };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

async function waitUntilHealthy(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`${url}: the server exited with ${child.exitCode}, see ${logDir}`);
    const healthy = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    await new Promise((wait) => setTimeout(wait, 250));
  }
  throw new Error(`${url} was not healthy within ${timeoutMs} ms, see ${logDir}`);
}

async function removeRedisKeys(prefix: string): Promise<void> {
  const redis = connectRedis({ url: parseEnv(redisEnvSchema, process.env).REDIS_URL, keyPrefix: "" });
  try {
    await redisReady(redis);
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}

async function removeRabbitTopology(namespace: string): Promise<void> {
  const { AMQP_URL } = parseEnv(rabbitEnvSchema, process.env);
  const rabbit = connectRabbit(AMQP_URL, createLogger({ name: "e2e", level: "silent" }), {
    connectionName: "momentum-e2e-teardown",
  });
  await deleteTopology(rabbit, messagingTopology(namespace)).finally(() => rabbit.close());
}
