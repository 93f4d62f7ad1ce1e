import { type EntityManager } from "@mikro-orm/postgresql";

/** The server process behind `em`'s connection; inside a transaction, the one holding its locks. */
export async function backendPidOf(em: EntityManager): Promise<number> {
  const [row] = await em.execute<{ pid: number }[]>("select pg_backend_pid() as pid");
  return row!.pid;
}

/**
 * Sessions of `em`'s database waiting for a lock: one held by the session `holderPid` when given, any
 * otherwise. Tests wait for this instead of sleeping when they need one transaction queued behind another.
 */
export async function lockWaiters(em: EntityManager, holderPid?: number): Promise<number> {
  const [row] = await em.execute<{ waiting: number }[]>(
    `select count(*)::int as waiting from pg_stat_activity
      where datname = current_database() and wait_event_type = 'Lock'
        and (?::int is null or ?::int = any(pg_blocking_pids(pid)))`,
    [holderPid ?? null, holderPid ?? null],
  );
  return row!.waiting;
}
