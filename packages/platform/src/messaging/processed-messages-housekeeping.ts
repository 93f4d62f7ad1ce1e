import { type EntityManager } from "@mikro-orm/postgresql";
import { z } from "zod";
import { type RecurringJob } from "../lifecycle/recurring-job";
import { type Clock, systemClock } from "../time/clock";
import { pruneProcessedMessages } from "./prune-processed-messages";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How long a consumer remembers a processed message, and how often its housekeeping runs. The horizon
 * must outlast any redelivery: retries end within hours, and a parked message is never marked processed.
 */
export const housekeepingEnvSchema = z.object({
  HOUSEKEEPING_INTERVAL_MS: z.coerce
    .number()
    .int()
    .min(1000)
    .default(60 * 60 * 1000),
  PROCESSED_MESSAGES_RETENTION_DAYS: z.coerce.number().int().min(1).default(14),
});

export type HousekeepingConfig = { intervalMs: number; processedMessagesRetentionDays: number };

export const housekeepingConfigOf = (parsed: z.infer<typeof housekeepingEnvSchema>): HousekeepingConfig => ({
  intervalMs: parsed.HOUSEKEEPING_INTERVAL_MS,
  processedMessagesRetentionDays: parsed.PROCESSED_MESSAGES_RETENTION_DAYS,
});

/** The recurring job forgetting processed messages older than the horizon in `em`'s database. */
export function pruneProcessedMessagesJob(
  em: EntityManager,
  config: HousekeepingConfig,
  clock: Clock = systemClock,
): RecurringJob {
  return {
    name: "prune-processed-messages",
    intervalMs: config.intervalMs,
    run: async () => ({
      pruned: await pruneProcessedMessages(
        em,
        new Date(clock.now().getTime() - config.processedMessagesRetentionDays * DAY_MS),
      ),
    }),
  };
}
