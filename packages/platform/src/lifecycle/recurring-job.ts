import { setTimeout as sleep } from "node:timers/promises";
import { type Logger } from "../observability/logger";

export interface RecurringJob {
  name: string;
  /** The pause between the end of one round and the start of the next. */
  intervalMs: number;
  /** `signal` aborts when the job is stopped: a long round may end early at a safe point. */
  run: (signal: AbortSignal) => Promise<unknown>;
}

export interface RunningJob {
  /** Lets the round in flight finish, starts no other, and resolves once the loop has ended. */
  stop(): Promise<void>;
}

/**
 * Runs a job now and then every `intervalMs`. A failed round is logged and the job tries again at the
 * next one: housekeeping must never stop a service.
 */
export function startRecurringJob(job: RecurringJob, logger: Logger): RunningJob {
  const stopping = new AbortController();
  const log = logger.child({ job: job.name });
  const loop = (async () => {
    while (!stopping.signal.aborted) {
      try {
        const outcome = await job.run(stopping.signal);
        log.debug({ outcome }, "recurring job ran");
      } catch (error) {
        log.error({ err: error }, "recurring job failed; trying again at the next round");
      }
      await sleep(job.intervalMs, undefined, { signal: stopping.signal }).catch(() => undefined);
    }
  })();
  return {
    async stop() {
      stopping.abort();
      await loop;
    },
  };
}
