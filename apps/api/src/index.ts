export type { AppRouter, RouterInputs, RouterOutputs } from "./trpc";
export { startApi, type RunningApi } from "./api-app";
export { loadApiConfig, type ApiConfig } from "./config";
