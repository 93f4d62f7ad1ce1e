import "@momentum/node-runtime/check";
import "reflect-metadata";
import { runService } from "@momentum/platform";
import { startApi } from "./api-app";
import { loadApiConfig } from "./config";

runService("api", () => loadApiConfig(), startApi);
