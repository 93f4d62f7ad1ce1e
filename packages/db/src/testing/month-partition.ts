import { type EntityManager } from "@mikro-orm/postgresql";

/**
 * A month of user_activity as a partition of its own (`user_activity_pYYYY_MM`, made if missing), for
 * EXPLAIN tests that check a query skips it or reads it. Returns its name and how to drop it again.
 */
export async function createMonthPartition(
  em: EntityManager,
  month: string,
): Promise<{ name: string; drop: () => Promise<void> }> {
  const [year, number] = month.split("-");
  const name = `user_activity_p${year}_${number}`;
  await em.execute(
    `create table if not exists "${name}" partition of user_activity
     for values from ('${month}-01Z') to ((date '${month}-01' + interval '1 month')::timestamp at time zone 'UTC')`,
  );
  return { name, drop: async () => void (await em.execute(`drop table if exists "${name}"`)) };
}
