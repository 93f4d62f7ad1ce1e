import "@momentum/node-runtime/check";
import "reflect-metadata";
import { runService } from "@momentum/platform";
import { loadNotifierConfig } from "./config";
import { startNotifierWorker } from "./notifier-worker";

runService("notifier", () => loadNotifierConfig(), startNotifierWorker);
