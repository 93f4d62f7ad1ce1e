import type { EntityManager } from "@mikro-orm/postgresql";
import { ingestDomainEvents } from "@momentum/analytics/dist/ingest-domain-event.handler";
import { populationRange, reportPopulation } from "@momentum/analytics/dist/testing/report-population";
import { Achievement } from "@momentum/db";

export { populationRange };

/** The catalogue name the achievements chart and CSV must show: a comma and quotes to escape. */
export const e2eAchievementName = 'Early bird, "5 a.m."';

/**
 * The analytics worker's test population (three users in three zones, November 2020), ingested through
 * the worker's own ingestion function, so the reports read rollups written as in production.
 */
export async function seedAnalystPopulation(
  mainEm: EntityManager,
  analyticsEm: EntityManager,
): Promise<void> {
  const achievement = mainEm.create(Achievement, {
    name: e2eAchievementName,
    description: "Log a habit before breakfast",
    category: "habits",
    points: 10,
    icon: "sun",
    criteria: {},
  });
  await mainEm.flush();
  const { events } = reportPopulation(achievement.id);
  await analyticsEm.transactional((tx) => ingestDomainEvents(tx, events));
}
