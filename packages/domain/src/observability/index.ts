export * from "./logger";
export * from "./metrics-registry";
export * from "./health-server";
