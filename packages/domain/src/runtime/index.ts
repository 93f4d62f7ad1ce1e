export * from "./graceful-shutdown";
