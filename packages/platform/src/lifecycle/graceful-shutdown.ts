import { ConfigError } from "../config/parse-env";
import { createLogger, type Logger } from "../observability/logger";

/**
 * Stops the service once on SIGINT or SIGTERM, then exits: 0 when it stopped cleanly, 1 otherwise.
 * A second signal while stopping is ignored, so in-flight work is not cut short by an impatient Ctrl-C.
 */
export function stopOnSignals(logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
}

/** A main()'s last resort, before a logger exists: a configuration problem as is, anything else with its stack. */
export function exitOnStartupFailure(error: unknown): never {
  const message = error instanceof ConfigError ? error.message : String((error as Error)?.stack ?? error);
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

/**
 * A process's main(): reads its configuration, starts the service with a logger of the configured
 * level, and stops it on SIGINT or SIGTERM. A start-up failure ends the process with its reason.
 */
export function runService<C extends { logLevel: string }>(
  name: string,
  loadConfig: () => C,
  start: (config: C, logger: Logger) => Promise<{ stop(): Promise<void> }>,
): void {
  const main = async () => {
    const config = loadConfig();
    const logger = createLogger({ name, level: config.logLevel });
    const service = await start(config, logger);
    stopOnSignals(logger, () => service.stop());
  };
  main().catch(exitOnStartupFailure);
}
