export * from "./productivity-score";
export * from "./log-focus-session.service";
export * from "./daily-productivity";
