import { type ApiDependencies } from "../dependencies";

export interface ReadinessCheck {
  name: string;
  check: () => Promise<boolean> | boolean;
}

export interface Readiness {
  ready: boolean;
  checks: Record<string, "up" | "down">;
}

const TIMEOUT_MS = 2000;

async function probe(check: ReadinessCheck): Promise<boolean> {
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), TIMEOUT_MS).unref());
  return Promise.race([Promise.resolve().then(check.check), timeout]).catch(() => false);
}

/** PostgreSQL and Redis always; RabbitMQ and other checks are supplied by main.ts. */
export function coreReadinessChecks(deps: ApiDependencies): ReadinessCheck[] {
  return [
    {
      name: "postgresql",
      check: async () => (await deps.orm.em.getConnection().execute("select 1 as up")).length === 1,
    },
    { name: "redis", check: async () => (await deps.redis.ping()) === "PONG" },
  ];
}

export async function checkReadiness(deps: ApiDependencies, extra: ReadinessCheck[]): Promise<Readiness> {
  const checks = [...coreReadinessChecks(deps), ...extra];
  const results = await Promise.all(checks.map(async (check) => [check.name, await probe(check)] as const));
  return {
    ready: results.every(([, up]) => up),
    checks: Object.fromEntries(results.map(([name, up]) => [name, up ? "up" : "down"])),
  };
}
