import { randomBytes } from "node:crypto";
import { messagingTopology } from "@momentum/domain";
import { deleteTopology } from "@momentum/platform";
import { Client } from "pg";
import { Connection } from "rabbitmq-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount } from "../testing/account-builder";
import { spawnService, type ServiceProcess } from "../testing/service-process";
import { callGraphql, removeKeys, type TestApi } from "../testing/test-api";

const UPDATE_PROFILE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { fullName } }`;

/** True once `url` refuses new connections. */
const refusesConnections = (url: string) =>
  fetch(`${url}/graphql`).then(
    () => false,
    () => true,
  );

/** Statements of this database waiting for a lock. */
async function lockWaits(client: Client): Promise<number> {
  const { rows } = await client.query<{ waiting: number }>(
    `select count(*)::int as waiting from pg_locks l join pg_stat_activity a on a.pid = l.pid
      where not l.granted and a.datname = current_database()`,
  );
  return rows[0]!.waiting;
}

describe("stopping the API", { timeout: 60_000 }, () => {
  const namespace = `test-stop-${randomBytes(4).toString("hex")}`;
  let api: ServiceProcess;
  /** Holds the lock; the observer watches from outside that transaction, whose views of activity stand still. */
  let database: Client;
  let observer: Client;

  beforeAll(async () => {
    api = await spawnService("api", {
      namespace,
      logLevel: "warn",
      extra: {
        NODE_ENV: "test",
        BCRYPT_COST: "4",
        REDIS_KEY_PREFIX: `test:${namespace}:`,
        REMINDERS_ENABLED: "false",
        SHUTDOWN_GRACE_MS: "20000",
      },
    });
    await api.waitUntilReady(20_000);
    database = new Client({ connectionString: process.env.DATABASE_URL });
    observer = new Client({ connectionString: process.env.DATABASE_URL });
    await Promise.all([database.connect(), observer.connect()]);
  });

  afterAll(async () => {
    await api.kill("SIGKILL");
    await Promise.all([database.end(), observer.end()]);
    await removeKeys(process.env.REDIS_URL ?? "redis://127.0.0.1:6379", `test:${namespace}:`);
    const rabbit = new Connection(process.env.AMQP_URL ?? "amqp://guest:guest@127.0.0.1:5672");
    await deleteTopology(rabbit, messagingTopology(namespace)).finally(() => rabbit.close());
  });

  it("on SIGTERM answers the request in flight, refuses new connections and exits cleanly", async () => {
    const graphql: TestApi["graphql"] = (query, variables, token) =>
      callGraphql(api.url, query, variables, token);
    const account = await signUpTestAccount({ graphql });

    // The test holds the user's row, so the update waits inside the API until the test lets it go.
    await database.query("begin");
    await database.query("select 1 from users where id = $1 for update", [account.userId]);
    const inFlight = graphql(UPDATE_PROFILE, { input: { fullName: "Still Answered" } }, account.accessToken);
    await expect.poll(() => lockWaits(observer), { timeout: 10_000 }).toBeGreaterThan(0);

    const exited = new Promise<number | null>((resolve) => api.child.once("exit", resolve));
    api.child.kill("SIGTERM");
    await expect.poll(() => refusesConnections(api.url), { timeout: 5_000 }).toBe(true);
    expect(await api.readiness()).toBe(503); // the internal probes port says "stopping" meanwhile
    expect(api.child.exitCode).toBeNull(); // still waiting for the request in flight

    await database.query("commit");
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ updateProfile: { fullName: "Still Answered" } });
    expect(await exited).toBe(0);
  });
});
