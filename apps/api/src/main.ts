import "reflect-metadata";
import { createLogger, exitOnStartupFailure, stopOnSignals } from "@momentum/domain";
import { startApi } from "./api-app";
import { loadApiConfig } from "./config";

async function main(): Promise<void> {
  const config = loadApiConfig();
  const logger = createLogger({ name: "api", level: config.logLevel });
  const api = await startApi(config, logger);
  stopOnSignals(logger, () => api.stop());
}

main().catch(exitOnStartupFailure);
