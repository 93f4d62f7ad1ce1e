import "@momentum/node-runtime/check";
import "reflect-metadata";
import { runService } from "@momentum/platform";
import { startAnalyticsWorker } from "./analytics-worker";
import { loadAnalyticsConfig } from "./config";

runService("analytics", () => loadAnalyticsConfig(), startAnalyticsWorker);
