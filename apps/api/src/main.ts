import "reflect-metadata";
import { ConfigError, createLogger } from "@momentum/domain";
import { startApi } from "./api-app";
import { loadApiConfig } from "./config";

async function main(): Promise<void> {
  const config = loadApiConfig();
  const logger = createLogger({ name: "api", level: config.logLevel });
  const api = await startApi(config, logger);

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    api.stop().then(
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

main().catch((error: unknown) => {
  // Before the logger exists, or a configuration problem: say it plainly and stop.
  process.stderr.write(`${error instanceof ConfigError ? error.message : String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});
