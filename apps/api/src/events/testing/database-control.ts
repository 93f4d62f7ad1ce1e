import { Client } from "pg";

// Breaks one test's own database on purpose, for the failure proofs; never the server other runs share.

const connected = async (url: string) => {
  const client = new Client({ connectionString: url });
  client.on("error", () => undefined); // a connection the proof terminates reports it: expected
  await client.connect();
  return client;
};

export interface OutboxHold {
  /** The server process holding the lock, which blocked writers wait behind. */
  pid: number;
  release(): Promise<void>;
}

/**
 * Lets the relay claim and publish outbox rows but not mark them published: a SHARE lock on the table
 * admits its `FOR UPDATE` claim and blocks its `UPDATE`, so the relay stops between publish and commit.
 */
export async function holdOutboxWrites(databaseUrl: string): Promise<OutboxHold> {
  const client = await connected(databaseUrl);
  await client.query("begin");
  await client.query("lock table outbox in share mode");
  const { rows } = await client.query<{ pid: number }>("select pg_backend_pid() as pid");
  return {
    pid: rows[0]!.pid,
    async release() {
      await client.query("commit").catch(() => undefined);
      await client.end();
    },
  };
}

/** Pending outbox rows some other session has claimed (locked) and not yet committed. */
export async function outboxRowsClaimedElsewhere(databaseUrl: string): Promise<number> {
  const client = await connected(databaseUrl);
  try {
    const { rows } = await client.query<{ claimed: number }>(
      `select (select count(*) from outbox where published_at is null)
            - (select count(*) from (select 1 from outbox where published_at is null for update skip locked) free)
            as claimed`,
    );
    return Number(rows[0]!.claimed);
  } finally {
    await client.end();
  }
}

/**
 * Switches a test database off and on from a connection to another database of the same server
 * (a database cannot refuse connections to itself).
 */
export async function databaseSwitch(databaseUrl: string, adminUrl: string) {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
  const admin = await connected(adminUrl);
  return {
    /** Sessions of any database waiting for a lock that `pid` holds. */
    async waitersBehind(pid: number): Promise<number> {
      const { rows } = await admin.query<{ waiting: number }>(
        "select count(*)::int as waiting from pg_stat_activity where $1::int = any(pg_blocking_pids(pid))",
        [pid],
      );
      return rows[0]!.waiting;
    },
    /** Refuses new connections and ends the open ones (but `spare`'s): to its clients the database is gone. */
    async takeDown(spare?: number): Promise<void> {
      await admin.query(`alter database "${name}" with allow_connections false`);
      await admin.query(
        "select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> $2",
        [name, spare ?? 0],
      );
    },
    async bringBack(): Promise<void> {
      await admin.query(`alter database "${name}" with allow_connections true`);
    },
    async close(): Promise<void> {
      await admin.end();
    },
  };
}
