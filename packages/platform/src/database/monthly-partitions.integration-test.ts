import "reflect-metadata";
import { randomBytes } from "node:crypto";
import { type MikroORM } from "@mikro-orm/postgresql";
import { openMainOrm } from "@momentum/db";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { defaultPartitionName, maintainMonthlyPartitions, monthlyPartitionName } from "./monthly-partitions";

let orm: MikroORM;
let table: string;
const sql = <T extends object>(query: string, values: unknown[] = []) =>
  orm.em.fork().execute<T[]>(query, values);

beforeAll(async () => {
  orm = await openMainOrm(process.env.DATABASE_URL!);
});
afterAll(() => orm?.close());

beforeEach(async () => {
  // A table of this test's own, shaped like the tables the workers partition.
  table = `partition_probe_${randomBytes(4).toString("hex")}`;
  await sql(
    `create table "${table}" (id serial, at timestamptz not null, primary key (id, at)) partition by range (at)`,
  );
  await sql(`create table "${defaultPartitionName(table)}" partition of "${table}" default`);
});

afterEach(async () => {
  await sql(`drop table if exists "${table}" cascade`);
});

const partitions = async () =>
  (
    await sql<{ name: string }>(
      `select child.relname as name from pg_inherits
         join pg_class child on child.oid = inhrelid join pg_class parent on parent.oid = inhparent
       where parent.relname = ? order by 1`,
      [table],
    )
  ).map((row) => row.name);

/** Which partition holds each row, by its instant. */
const placement = async () =>
  Object.fromEntries(
    (
      await sql<{ at: string; partition: string }>(
        `select to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as at,
                tableoid::regclass::text as partition from "${table}" order by at`,
      )
    ).map((row) => [row.at, row.partition.replaceAll('"', "")]),
  );

const spec = (retentionMonths: number | null = null) => ({
  table,
  column: "at",
  monthsAhead: 3,
  retentionMonths,
});
const month = (text: string) => monthlyPartitionName(table, new Date(`${text}-01T00:00:00Z`));

describe("monthly partitions", () => {
  it("creates the current month and three ahead once, and nothing on the next round", async () => {
    const now = new Date("2026-12-31T23:30:00Z");
    const first = await maintainMonthlyPartitions(orm.em.fork(), spec(), now);
    expect(first?.created).toEqual([month("2026-12"), month("2027-01"), month("2027-02"), month("2027-03")]);
    expect((await maintainMonthlyPartitions(orm.em.fork(), spec(), now))?.created).toEqual([]);
    expect(await partitions()).toEqual([...first!.created, defaultPartitionName(table)].sort());
  });

  it("keeps a row of a month without a partition in the default one, and moves it when its month comes", async () => {
    await maintainMonthlyPartitions(orm.em.fork(), spec(), new Date("2026-12-02T00:00:00Z"));
    await sql(`insert into "${table}" (at) values ('2027-06-15T12:00:00Z'), ('2027-01-10T00:00:00Z')`);
    expect(Object.values(await placement())).toEqual([month("2027-01"), defaultPartitionName(table)]);

    const later = await maintainMonthlyPartitions(orm.em.fork(), spec(), new Date("2027-04-01T00:00:00Z"));
    expect(later?.movedFromDefault).toBe(1);
    expect(await placement()).toEqual({
      "2027-01-10T00:00:00Z": month("2027-01"),
      "2027-06-15T12:00:00Z": month("2027-06"),
    });
  });

  it("drops whole months past the retention and old rows of the default partition, keeping the rest", async () => {
    await maintainMonthlyPartitions(orm.em.fork(), spec(), new Date("2026-09-10T00:00:00Z"));
    await sql(
      `insert into "${table}" (at) values ('2026-09-30T23:59:59Z'), ('2026-10-01T00:00:00Z'), ('2025-01-01T00:00:00Z')`,
    );
    // Two months kept before December: October and November; September goes, with the 2025 stray.
    const result = await maintainMonthlyPartitions(orm.em.fork(), spec(2), new Date("2026-12-02T00:00:00Z"));
    expect(result?.dropped).toEqual([month("2026-09")]);
    expect(result?.expiredFromDefault).toBe(1);
    expect(Object.keys(await placement())).toEqual(["2026-10-01T00:00:00Z"]);
  });

  it("lets one instance at a time maintain a table; another skips the round", async () => {
    const em = orm.em.fork();
    await em.transactional(async (tx) => {
      await tx.execute(`select pg_advisory_xact_lock(hashtextextended(?, 0))`, [`partitions:${table}`]);
      expect(await maintainMonthlyPartitions(orm.em.fork(), spec(), new Date())).toBeNull();
    });
  });

  it("refuses a name that is not a plain identifier", async () => {
    await expect(
      maintainMonthlyPartitions(orm.em.fork(), { ...spec(), table: 'x"; drop table y; --' }, new Date()),
    ).rejects.toThrow("not a plain identifier");
  });
});
