import type { EntityManager } from "@mikro-orm/postgresql";
import { Achievement } from "@momentum/db";
import { parseInput } from "../errors/zod-fields";
import {
  ROLLUP_FILTER_SQL,
  type ReportFilterInput,
  reportFilterInputSchema,
  rollupFilterValues,
} from "./report-filter.schema";

export interface AchievementUnlocks {
  achievementId: string;
  /** From the catalogue in the main database; null for an achievement no longer in it. */
  name: string | null;
  unlocked: number;
}

export const ACHIEVEMENTS_UNLOCKED = `
  select unlocked.key as "achievementId", sum(unlocked.value::int)::int as unlocked
  from daily_user_rollups r cross join jsonb_each_text(r.achievements_unlocked) unlocked
  where ${ROLLUP_FILTER_SQL}
  group by unlocked.key
  order by unlocked desc, unlocked.key`;

/** Achievements unlocked over the range, most first, named from the catalogue. */
export async function getAchievementsUnlockedReport(
  analyticsEm: EntityManager,
  mainEm: EntityManager,
  input: ReportFilterInput,
): Promise<AchievementUnlocks[]> {
  const filter = parseInput(reportFilterInputSchema, input, "input");
  const counts = await analyticsEm.execute<{ achievementId: string; unlocked: number }[]>(
    ACHIEVEMENTS_UNLOCKED,
    rollupFilterValues(filter),
  );
  if (counts.length === 0) return [];
  const catalogue = await mainEm.find(
    Achievement,
    { id: { $in: counts.map((count) => count.achievementId) } },
    { fields: ["id", "name"] },
  );
  const names = new Map(catalogue.map((achievement) => [achievement.id, achievement.name]));
  return counts.map((count) => ({ ...count, name: names.get(count.achievementId) ?? null }));
}
