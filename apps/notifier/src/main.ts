import "reflect-metadata";
import { createLogger, exitOnStartupFailure, stopOnSignals } from "@momentum/domain";
import { loadNotifierConfig } from "./config";
import { startNotifierWorker } from "./notifier-worker";

async function main(): Promise<void> {
  const config = loadNotifierConfig();
  const logger = createLogger({ name: "notifier", level: config.logLevel });
  const worker = await startNotifierWorker(config, logger);
  stopOnSignals(logger, () => worker.stop());
}

main().catch(exitOnStartupFailure);
