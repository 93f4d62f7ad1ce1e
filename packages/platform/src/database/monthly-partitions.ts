import { type EntityManager, type QueryResult } from "@mikro-orm/postgresql";

/** A table partitioned by range of one `timestamptz` column, one partition per UTC month. */
export interface MonthlyPartitioning {
  table: string;
  column: string;
  /** Partitions that exist ahead of the current month, so an insert never waits for one. */
  monthsAhead: number;
  /** Whole months kept before the current one; older partitions are dropped. Null keeps everything. */
  retentionMonths: number | null;
}

export interface PartitionMaintenance {
  created: string[];
  dropped: string[];
  /** Rows moved out of the default partition into a partition created for their month. */
  movedFromDefault: number;
  /** Rows of the default partition older than the retention, deleted. */
  expiredFromDefault: number;
}

const identifier = /^[a-z_][a-z0-9_]*$/;

/** The partition holding a month: `user_activity_p2026_12`. */
export const monthlyPartitionName = (table: string, month: Date) =>
  `${table}_p${month.getUTCFullYear()}_${String(month.getUTCMonth() + 1).padStart(2, "0")}`;

export const defaultPartitionName = (table: string) => `${table}_default`;

const addMonths = (month: Date, count: number) =>
  new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + count, 1));
const monthOf = (instant: Date) => addMonths(instant, 0);

/**
 * Creates the partitions from the current month to `monthsAhead` ahead (moving rows that had landed in
 * the default partition into theirs), drops whole partitions past the retention and deletes default rows
 * that old. One transaction; an instance that finds another already at it skips the round.
 */
export async function maintainMonthlyPartitions(
  em: EntityManager,
  spec: MonthlyPartitioning,
  now: Date,
): Promise<PartitionMaintenance | null> {
  if (!identifier.test(spec.table) || !identifier.test(spec.column))
    throw new Error(`not a plain identifier: ${spec.table}.${spec.column}`);
  const { table, column } = spec;
  const fallback = defaultPartitionName(table);

  return em.transactional(async (tx) => {
    const [claim] = await tx.execute<{ claimed: boolean }[]>(
      `select pg_try_advisory_xact_lock(hashtextextended(?, 0)) as claimed`,
      [`partitions:${table}`],
    );
    if (!claim?.claimed) return null;

    const existing = new Set(
      (
        await tx.execute<{ name: string }[]>(
          `select child.relname as name from pg_inherits
             join pg_class child on child.oid = pg_inherits.inhrelid
             join pg_class parent on parent.oid = pg_inherits.inhparent
           where parent.relname = ?`,
          [table],
        )
      ).map((row) => row.name),
    );
    const result: PartitionMaintenance = {
      created: [],
      dropped: [],
      movedFromDefault: 0,
      expiredFromDefault: 0,
    };

    const current = monthOf(now);
    for (let ahead = 0; ahead <= spec.monthsAhead; ahead += 1) {
      const from = addMonths(current, ahead);
      const name = monthlyPartitionName(table, from);
      if (existing.has(name)) continue;
      result.movedFromDefault += await createMonth(
        tx,
        table,
        column,
        fallback,
        name,
        from,
        addMonths(from, 1),
      );
      result.created.push(name);
    }

    if (spec.retentionMonths !== null) {
      const horizon = addMonths(current, -spec.retentionMonths);
      for (const name of existing) {
        const month = /_p(\d{4})_(\d{2})$/.exec(name);
        if (!month) continue;
        const end = addMonths(new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)), 1);
        if (end > horizon) continue;
        await tx.execute(`drop table "${name}"`);
        result.dropped.push(name);
      }
      if (existing.has(fallback)) {
        const expired = await tx.execute<QueryResult>(
          `delete from "${fallback}" where "${column}" < ?`,
          [horizon],
          "run",
        );
        result.expiredFromDefault = expired.affectedRows;
      }
    }
    return result;
  });
}

/** A new month's partition; rows of that month already in the default partition move into it first. */
async function createMonth(
  tx: EntityManager,
  table: string,
  column: string,
  fallback: string,
  name: string,
  from: Date,
  to: Date,
): Promise<number> {
  const bounds = `for values from ('${from.toISOString()}') to ('${to.toISOString()}')`;
  const [stray] = await tx.execute<{ found: boolean }[]>(
    `select exists (select 1 from "${fallback}" where "${column}" >= ? and "${column}" < ?) as found`,
    [from, to],
  );
  if (!stray?.found) {
    await tx.execute(`create table "${name}" partition of "${table}" ${bounds}`);
    return 0;
  }
  // Attaching checks that the default partition holds nothing of the month: move those rows first.
  await tx.execute(`create table "${name}" (like "${table}" including defaults including constraints)`);
  const moved = await tx.execute<QueryResult>(
    `with moved as (delete from "${fallback}" where "${column}" >= ? and "${column}" < ? returning *)
     insert into "${name}" select * from moved`,
    [from, to],
    "run",
  );
  await tx.execute(`alter table "${table}" attach partition "${name}" ${bounds}`);
  return moved.affectedRows;
}
