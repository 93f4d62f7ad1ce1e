import "reflect-metadata";
import { createLogger, exitOnStartupFailure, stopOnSignals } from "@momentum/domain";
import { startAnalyticsWorker } from "./analytics-worker";
import { loadAnalyticsConfig } from "./config";

async function main(): Promise<void> {
  const config = loadAnalyticsConfig();
  const logger = createLogger({ name: "analytics", level: config.logLevel });
  const worker = await startAnalyticsWorker(config, logger);
  stopOnSignals(logger, () => worker.stop());
}

main().catch(exitOnStartupFailure);
