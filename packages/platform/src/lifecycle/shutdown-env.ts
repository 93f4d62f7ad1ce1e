import { z } from "zod";

export const shutdownEnvSchema = z.object({
  /** How long a stopping process lets requests and messages in flight finish before it cuts them. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
});
